import { z } from 'zod/mini';
import { METADATA_SOURCES } from './found-fields';

/**
 * The shape of a page's metadata (page-metadata.ts reads it), checked where it arrives: the panel
 * parses what a page's content script answers. Its own file so the content script, which only
 * reads metadata, does not carry the schema.
 */

const FIELDS = [
  'title',
  'authors',
  'site',
  'published',
  'modified',
  'language',
  'url',
  'doi',
  'genre',
] as const;

export const AuthorSchema = z.union([
  z.object({ family: z.string(), given: z.string() }),
  z.object({ literal: z.string() }),
]);

export const PageMetadataSchema = z.object({
  /** The document's own address, as the browser has it. */
  url: z.string(),
  /** The address the page names as its own (canonical, og:url...), or null. */
  canonicalUrl: z.nullable(z.string()),
  title: z.nullable(z.string()),
  authors: z.array(AuthorSchema),
  /** The publisher or site ("Reuters", "El Financiero"). */
  site: z.nullable(z.string()),
  /** ISO dates as the publisher wrote them: "2026-03-04", "2026-03" or "2026". */
  published: z.nullable(z.string()),
  modified: z.nullable(z.string()),
  /** BCP 47 ("es-MX"). */
  language: z.nullable(z.string()),
  doi: z.nullable(z.string()),
  genre: z.enum(['news', 'article', 'report', 'webpage']),
  from: z.partialRecord(z.enum(FIELDS), z.enum(METADATA_SOURCES)),
});
export type PageMetadata = z.infer<typeof PageMetadataSchema>;
