import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Entry, ProductionFigure } from '@/lib/dataset/types';

export type ReportedProduction = Extract<ProductionFigure, { status: 'reported' }>;

/**
 * The headline production figure of a mineral or group: its first reported block, or, where USGS
 * reports only the group (the individual rare earths, some platinum-group metals), the group's,
 * flagged so that nobody reads it as the element's own.
 */
export function headlineProduction(
  entry: Entry,
  lookup: Pick<EntryLookup, 'entry'>,
): { figure: ReportedProduction; groupId?: string } | null {
  if (entry.kind === 'policy' || !entry.figures) return null;
  const [first] = entry.figures.production;
  if (!first) return null;
  if (first.status === 'reported') return { figure: first };
  if (!first.groupEntryId) return null;
  const group = lookup.entry(first.groupEntryId);
  if (!group || group.kind === 'policy' || !group.figures) return null;
  const [groupFirst] = group.figures.production;
  return groupFirst?.status === 'reported' ? { figure: groupFirst, groupId: group.id } : null;
}

/** The largest producer in the headline figure ("China"), or null when USGS names none. */
export function topProducer(entry: Entry, lookup: Pick<EntryLookup, 'entry'>): string | null {
  return headlineProduction(entry, lookup)?.figure.countries[0]?.country ?? null;
}
