import { z } from 'zod';
import { isJurisdictionCode, jurisdictionCodeProblem } from './jurisdiction-codes';

/**
 * Building blocks shared by every dataset file. Objects are strict so a misspelt field fails the
 * build instead of silently vanishing from the card.
 */

/** Lowercase slug: "lithium", "metallurgical-coal", "eo-14241". Unique across every file. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "metallurgical-coal"');

export const LangSchema = z.enum(['en', 'es', 'fr']);

/** A calendar date as precise as the source allows: "2024", "2024-06", "2024-06-10". */
export const PartialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  );

/** One sentence or two, written for the card: no line breaks, no trailing spaces. */
export const ProseSchema = z
  .string()
  .min(20)
  .max(600)
  .regex(/^\S[^\n]*\S$/, 'must be one line of prose without leading or trailing spaces');

/** A string the recognizer looks for in page text. Notes in parentheses belong in other fields. */
export const AliasSchema = z.strictObject({
  text: z
    .string()
    .min(1)
    .regex(/^[^()[\]{}]+$/, 'must not contain brackets: put notes in a note field, not in a match string')
    .regex(/^\S(?:.*\S)?$/, 'must not start or end with whitespace'),
  lang: LangSchema,
  /** Acronyms and proper names that only count in their own case (REE, IRA, T-MEC). */
  caseSensitive: z.boolean(),
  /** An everyday word too (lead, tin, plata, IRA): the recognizer needs context evidence. */
  ambiguous: z.boolean(),
  /** Set on every entry that deliberately claims the same string (e.g. "NdPr"). */
  shared: z.literal(true).optional(),
});

/** Who made a term or list, as a code: "US", "MX", "EU", "INTL", "G7" (jurisdiction-codes.ts). */
export const JurisdictionSchema = z
  .string()
  .refine(isJurisdictionCode, { error: (issue) => jurisdictionCodeProblem(issue.input) });

/** Names for display in the card's other languages. */
export const LocalNamesSchema = z.strictObject({ es: z.string().min(1), fr: z.string().min(1) });

/** Where a fact comes from: an id in sources.json plus, when useful, where inside it. */
export const SourceRefSchema = z.strictObject({
  sourceId: IdSchema,
  detail: z.string().min(1).optional(),
});

export type Alias = z.infer<typeof AliasSchema>;
export type Lang = z.infer<typeof LangSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type LocalNames = z.infer<typeof LocalNamesSchema>;
