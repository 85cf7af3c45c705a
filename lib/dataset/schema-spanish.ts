import { z } from 'zod';
import { ProseSchema } from './schema-common';

/**
 * The Spanish of each hand-edited entry, in one `es` block beside the English (issue 16). One
 * block per entry keeps the Spanish together for whoever writes or reviews it, leaves every
 * English field and its consumers as they were, and has exactly the shape of the drafts in
 * data/es-drafts/ so folding them in is a copy. Arrays follow the English arrays index by index;
 * lib/dataset/check-spanish.ts holds them to the English shape and, once SPANISH_REQUIRED is on,
 * requires the block. Statuses keep their Spanish in place, in LocalText.es (schema-status.ts).
 */

const Text = z
  .string()
  .min(1)
  .regex(/^\S[^\n]*\S$/, 'must be one line without leading or trailing spaces');

export const MineralEsSchema = z.strictObject({
  description: ProseSchema,
  /** mainUses.items in Spanish, same order and length; only when mainUses is not null. */
  mainUses: z.array(Text).optional(),
  notes: Text.optional(),
});

export const GroupEsSchema = z.strictObject({
  description: ProseSchema,
  notes: Text.optional(),
  /** otherMembers[i].note in Spanish. */
  otherMembers: z.array(Text),
  /** subgroups[i].name in Spanish. */
  subgroups: z.array(Text),
});

export const PolicyEsSchema = z.strictObject({
  /** The official Spanish name where one exists ("Ley de Reducción de la Inflación", "T-MEC"). */
  name: Text,
  definition: ProseSchema,
  dateNote: Text.optional(),
  notes: Text.optional(),
});

export const ListEsSchema = z.strictObject({
  name: Text,
  note: Text.optional(),
  /** Item notes by item index ("3"), only where the English item has a note; `as` stays as worded. */
  items: z.record(z.string().regex(/^\d+$/), Text).optional(),
});

export type MineralEs = z.infer<typeof MineralEsSchema>;
export type GroupEs = z.infer<typeof GroupEsSchema>;
export type PolicyEs = z.infer<typeof PolicyEsSchema>;
export type ListEs = z.infer<typeof ListEsSchema>;
