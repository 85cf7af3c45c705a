import type { EntryLookup } from '@/lib/dataset/lookups';
import type { UsgsRowRef } from '@/lib/dataset/types';

/** A source as a reader cites it: who, what, when, and where inside it. */
export interface Citation {
  text: string;
  url?: string;
}

export function citeSource(
  lookup: Pick<EntryLookup, 'source'>,
  sourceId: string,
  detail?: string,
): Citation | null {
  const source = lookup.source(sourceId);
  if (!source) return null;
  const where = detail ? `, ${detail}` : '';
  return { text: `${source.publisher}, ${source.title} (${source.date})${where}`, url: source.url };
}

/** A USGS figure's citation down to its rows: file, chapter and section, as in the CSV. */
export function citeUsgsRows(lookup: Pick<EntryLookup, 'source'>, ref: UsgsRowRef): Citation | null {
  return citeSource(lookup, ref.sourceId, `${ref.file}, ${ref.chapter}, ${ref.section}`);
}
