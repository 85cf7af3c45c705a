import { z } from 'zod';

/**
 * data/usgs-phrases-es.json: the hand-written half of the Spanish for USGS text (the rules are in
 * usgs-spanish.ts). `segments` translate the pieces formulaic strings are cut into; `texts`
 * translate whole sentences no rule builds. Keys are the English exactly as the import writes it.
 */
const Table = z.record(z.string().min(1), z.string().min(1));

export const UsgsPhrasesSchema = z.strictObject({ segments: Table, texts: Table });

export type UsgsPhrasesFile = z.infer<typeof UsgsPhrasesSchema>;
