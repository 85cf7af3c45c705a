import { z } from 'zod/mini';
import { AuthorSchema } from '@/lib/cite/page-metadata-schema';

/**
 * What the notebook keeps, as zod schemas: the stored records, and (with a version) the JSON file
 * an export writes and an import reads (docs/notebook-format.md). One definition for both, so an
 * exported notebook is exactly what is stored and an import is checked field by field.
 */

/** W3C Web Annotation TextQuoteSelector: the quote and a little text either side of it. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const NotebookPageSchema = z.object({
  /** The page's key: its canonical address (or its own), without the #fragment. */
  url: z.string(),
  title: z.string(),
  /** Hostname without "www.": what "delete this site" and the site filter use. */
  site: z.string(),
  /** The publisher's name as the page gives it ("Reuters"), or null. */
  siteName: z.nullable(z.string()),
  /** As lib/cite reads them, so a citation of the page can be written from the notebook alone. */
  authors: z.array(AuthorSchema),
  /** The page's genre as lib/cite reads it (news, article, report, webpage). */
  genre: z.string(),
  doi: z.nullable(z.string()),
  /** ISO date as the publisher wrote it, or null. */
  published: z.nullable(z.string()),
  /** BCP 47, from the page's metadata or <html lang>; "" when unknown. */
  language: z.string(),
  /** Milliseconds since 1970, oldest first; one per recorded visit. */
  visits: z.array(z.number()),
  lastVisit: z.number(),
  note: z.string(),
  starred: z.boolean(),
});
export type NotebookPage = z.infer<typeof NotebookPageSchema>;

export const NotebookMentionSchema = z.object({
  /** Page key + term + selector: the same quote seen on a later visit is the same record. */
  id: z.string(),
  page: z.string(),
  termId: z.string(),
  category: z.string(),
  /** The term as written on the page. */
  text: z.string(),
  /** The sentence (about 120 characters) around the mention. */
  sentence: z.string(),
  selector: TextQuoteSelectorSchema,
  /** When it was first seen: the timeline counts these. */
  seen: z.number(),
  note: z.string(),
  starred: z.boolean(),
});
export type NotebookMention = z.infer<typeof NotebookMentionSchema>;

export const NOTEBOOK_FORMAT_VERSION = 1;

export const NotebookFileSchema = z.object({
  format: z.literal('mineral-lens-notebook'),
  version: z.literal(NOTEBOOK_FORMAT_VERSION),
  exported: z.string(),
  pages: z.array(NotebookPageSchema),
  mentions: z.array(NotebookMentionSchema),
});
export type NotebookFile = z.infer<typeof NotebookFileSchema>;
