import { z } from 'zod';
import { IdSchema, JurisdictionSchema, PartialDateSchema, SourceRefSchema } from './schema-common';
import { ListEsSchema } from './schema-spanish';

/**
 * data/lists.json: official lists kept in their own wording. Each item maps to the entries it
 * covers, so "items.length === officialCount" is a real check and every mineral's memberships
 * are derived from here rather than stored twice.
 */

export const ListItemSchema = z.strictObject({
  /** The list's own wording: "Heavy rare earth elements", "Nickel — battery grade", "cadmio". */
  as: z.string().min(1),
  /** Entries the item covers; empty when the dataset has no entry for it (helium, feldspar). */
  entryIds: z.array(IdSchema),
  /** The group entry the wording names, when it names one. */
  groupId: IdSchema.optional(),
  /** Entries whose coverage by this item is not verified (shown as "not verified", not "no"). */
  unverifiedEntryIds: z.array(IdSchema).optional(),
  note: z.string().min(1).optional(),
});

export const ListDefSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** Whose list it is, as a code: "US", "EU", "MX" (jurisdiction-codes.ts). */
  jurisdiction: JurisdictionSchema,
  year: z.number().int().min(2000).max(2100),
  date: PartialDateSchema,
  /** The count the issuing body states; must equal items.length. */
  officialCount: z.number().int().min(1),
  source: SourceRefSchema,
  /** How far to trust the list's transcription: "primary", "secondary", ... */
  reliability: z.string().min(1),
  note: z.string().min(1).optional(),
  items: z.array(ListItemSchema).min(1),
  /** Name, note and item notes in Spanish (schema-spanish.ts). */
  es: ListEsSchema.optional(),
});

export type ListItem = z.infer<typeof ListItemSchema>;
export type ListDef = z.infer<typeof ListDefSchema>;
