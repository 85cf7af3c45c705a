import { yearOf } from '@/lib/card/format';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Source, UsgsRowRef } from '@/lib/dataset/types';

/**
 * How Mineral Lens writes a source in plain text, author-date: "U.S. Geological Survey, 2026,
 * Mineral Commodity Summaries 2026 Data Release", then where inside it. The card's copied citation
 * (lib/card/citation.ts) and the briefing's figures (lib/briefing, lib/export) both write sources
 * with it, so a reader can match a figure in their notes with the same figure in an export.
 */

/** A source as a reader cites it: who, when, what and where inside it; its address apart. */
export interface Citation {
  text: string;
  url?: string;
}

/** The source's words: publisher, year, title, and optionally where inside it. */
export function sourceText(source: Pick<Source, 'publisher' | 'date' | 'title'>, where?: string): string {
  return `${source.publisher}, ${yearOf(source.date)}, ${source.title}${where ? `, ${where}` : ''}`;
}

export function citeSource(
  lookup: Pick<EntryLookup, 'source'>,
  sourceId: string,
  where?: string,
): Citation | null {
  const source = lookup.source(sourceId);
  return source ? { text: sourceText(source, where), url: source.url } : null;
}

/** A USGS figure's citation down to its rows: file, chapter and section, as in the CSV. */
export function citeUsgsRows(lookup: Pick<EntryLookup, 'source'>, ref: UsgsRowRef): Citation | null {
  return citeSource(lookup, ref.sourceId, `${ref.file}, ${ref.chapter}, ${ref.section}`);
}
