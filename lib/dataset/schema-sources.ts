import { z } from 'zod';
import { IdSchema } from './schema-common';

/** data/sources.json: full citations behind every sourceId, with how far to trust each. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication date as given by the source ("2025-11-07", "2023-06", "2023-2025"). */
  date: z.string().min(4),
  url: z.url().optional(),
  /** How the project saw it (mirror, news report, official file). */
  seenVia: z.string().min(1),
  reliability: z.string().min(1),
  licence: z.string().min(1).optional(),
});

/** data/meta.json: the dataset version that every citation in the extension carries. */
export const MetaSchema = z.strictObject({
  /** Calendar version YYYY.MM.PATCH, e.g. "2026.11.0". */
  version: z.string().regex(/^\d{4}\.(?:[1-9]|1[0-2])\.\d+$/),
  date: z.iso.date(),
  title: z.string().min(1),
  description: z.string().min(1),
});

export type Source = z.infer<typeof SourceSchema>;
export type Meta = z.infer<typeof MetaSchema>;
