import type { ListDef } from './schema-lists';
import type { DatedStatus } from './status-standing';
import type { EntriesFile, Entry } from './schema-output';
import type { Source } from './schema-sources';

/**
 * What a card (or the panel's browse view) needs to show one entry, and nothing more: the entry,
 * the names of the entries it links to, the lists and sources it names, and the dataset version
 * for citations. The content script receives this over a message, so the rest of the 540 kB
 * dataset never reaches a page. Pure: built from the generated entries file.
 */
export interface LinkedEntry {
  id: string;
  kind: Entry['kind'];
  name: string;
  category: string;
  /** Minerals: element symbol, or null for non-elements. */
  symbol?: string | null;
  /** Policy terms: their date and status, so "restricted in 2023" reads without opening them. */
  date?: string | null;
  status?: DatedStatus | null;
  /** Policy terms: whose they are, so China's export controls are told from other countries'. */
  jurisdiction?: string[];
}

/** A list without its items: a badge needs the name, the issuer and how far to trust it. */
export type ListSummary = Omit<ListDef, 'items'>;

export interface EntryDetails {
  entry: Entry;
  linked: Record<string, LinkedEntry>;
  lists: Record<string, ListSummary>;
  sources: Record<string, Source>;
  /** Dataset version and date ("2026.11.0", "2026-11-22"), and the USGS data year (2025). */
  version: string;
  date: string;
  dataYear: number;
}

/** Ids of the entries a card links to from this entry. */
function linkedIds(entry: Entry): string[] {
  switch (entry.kind) {
    case 'mineral': {
      const figures = [...entry.figures.production, ...entry.figures.importReliance];
      const groups = figures.flatMap((f) =>
        f.status === 'not-reported' && f.groupEntryId ? [f.groupEntryId] : [],
      );
      return [...entry.groupIds, ...entry.exportControlIds, ...entry.relatedTermIds, ...groups];
    }
    case 'group':
      return [...entry.memberIds, ...entry.subgroups.flatMap((s) => s.memberIds), ...entry.relatedTermIds];
    case 'policy':
      return [...entry.relatedEntryIds, ...entry.relatedTermIds];
  }
}

function listIds(entry: Entry): string[] {
  if (entry.kind === 'mineral') return entry.memberships.map((m) => m.listId);
  if (entry.kind === 'group') return entry.listMentions.map((m) => m.listId);
  return entry.listIds;
}

/** Every source id a card cites for this entry: its own, its figures', its uses'. */
function sourceIds(entry: Entry): string[] {
  const ids = [...entry.sourceIds];
  const figures = entry.kind === 'policy' ? null : entry.figures;
  for (const block of figures ? [...figures.production, ...figures.importReliance] : []) {
    ids.push(block.status === 'reported' ? block.source.sourceId : block.sourceId);
  }
  if (entry.kind === 'mineral') {
    if (entry.mainUses) ids.push(entry.mainUses.source.sourceId);
    if (entry.chinaRefiningShare) ids.push(entry.chinaRefiningShare.sourceId);
  }
  if (entry.kind === 'group') ids.push(...entry.subgroups.map((s) => s.source.sourceId));
  return ids;
}

function toLinked(entry: Entry): LinkedEntry {
  const base = { id: entry.id, kind: entry.kind, name: entry.name, category: entry.category };
  if (entry.kind === 'mineral') return { ...base, symbol: entry.symbol };
  if (entry.kind === 'policy')
    return { ...base, date: entry.date, status: entry.status, jurisdiction: entry.jurisdiction };
  return base;
}

/** Indexes the file once; `get(id)` is then a few map lookups. */
export function createEntryDetailsIndex(file: EntriesFile) {
  const entries = new Map(file.entries.map((e) => [e.id, e]));
  const lists = new Map(file.lists.map(({ items: _items, ...list }) => [list.id, list]));
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  const pick = <T, U = T>(
    map: Map<string, T>,
    ids: string[],
    convert = (value: T) => value as unknown as U,
  ) =>
    Object.fromEntries(ids.flatMap((id) => (map.has(id) ? [[id, convert(map.get(id)!)]] : []))) as Record<
      string,
      U
    >;

  return {
    get(id: string): EntryDetails | null {
      const entry = entries.get(id);
      if (!entry) return null;
      return {
        entry,
        linked: pick(entries, linkedIds(entry), toLinked),
        lists: pick(lists, listIds(entry)),
        sources: pick(sources, sourceIds(entry)),
        version: file.version,
        date: file.date,
        dataYear: file.dataYear,
      };
    },
  };
}
