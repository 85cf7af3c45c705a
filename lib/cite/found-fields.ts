import type { Author } from './author-name';

/** Where a field came from, most trusted first (page-metadata.ts merges in this order). */
export const METADATA_SOURCES = ['highwire', 'json-ld', 'dublin-core', 'open-graph', 'html'] as const;
export type MetadataSource = (typeof METADATA_SOURCES)[number];

/** What one kind of markup said about the page, already cleaned; a missing field is unsaid. */
export interface FoundFields {
  title?: string | null;
  authors?: Author[];
  site?: string | null;
  published?: string | null;
  modified?: string | null;
  language?: string | null;
  url?: string | null;
  doi?: string | null;
  /** What the page calls itself: a news article, another article, a report. */
  genre?: 'news' | 'article' | 'report' | null;
}
