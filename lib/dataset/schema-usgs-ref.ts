import { z } from 'zod';
import { IdSchema } from './schema-common';

/**
 * The rows a figure was read from, in the CSV's own column values. Its own file because both the
 * figures schema and the story schema cite rows, and neither should import the other.
 */
export const UsgsRowRefSchema = z.strictObject({
  sourceId: IdSchema,
  file: z.string(),
  chapter: z.string(),
  section: z.string(),
  commodity: z.string(),
  statisticsDetail: z.string(),
});
