import { z } from 'zod';
import { MINERAL_CATEGORY_SLUGS, POLICY_KIND_SLUGS } from './categories';
import {
  AliasSchema,
  IdSchema,
  JurisdictionSchema,
  LocalNamesSchema,
  PartialDateSchema,
  ProseSchema,
  SourceRefSchema,
} from './schema-common';
import { GroupEsSchema, MineralEsSchema, PolicyEsSchema } from './schema-spanish';
import { StatusSchema } from './schema-status';

/**
 * The three hand-edited entry files: data/minerals.json, data/groups.json, data/policy-terms.json.
 * Every entry is something a reader can meet in the news, so each carries match strings
 * (aliases), phrases that look like matches but are not (negatives), and its sources.
 */

const Matchable = {
  id: IdSchema,
  aliases: z.array(AliasSchema).min(1),
  /** Known non-mineral phrases containing an alias: "Silicon Valley", "lead singer". */
  negatives: z.array(z.string().min(2)),
  /** Ids in sources.json backing the description and identity of the entry. */
  sourceIds: z.array(IdSchema).min(1),
  /** Editorial notes a card may show under "About this entry". */
  notes: z.string().min(1).optional(),
};

const ElementSchema = z.strictObject({
  name: z.string().min(1),
  symbol: z.string().regex(/^[A-Z][a-z]?$/),
  atomicNumber: z.number().int().min(1).max(118),
});

export const MineralSchema = z.strictObject({
  ...Matchable,
  /** English display name, as USGS names it (American spelling: "Aluminum", "Cesium"). */
  name: z.string().min(1),
  /** The name exactly as it appears on the USGS 2025 list, lowercase ("metallurgical coal"). */
  usgsName: z.string().min(1),
  localNames: LocalNamesSchema,
  /** Null for non-elements (barite, fluorspar, graphite, metallurgical coal, phosphate, potash). */
  symbol: z
    .string()
    .regex(/^[A-Z][a-z]?$/)
    .nullable(),
  atomicNumber: z.number().int().min(1).max(118).nullable(),
  /** For non-elements: the element they are mined for (barite → barium). */
  relatedElement: ElementSchema.optional(),
  /** Highlight category and mineral group: "battery-metal", "rare-earth-element", ... */
  group: z.enum(MINERAL_CATEGORY_SLUGS),
  description: ProseSchema,
  /** Primary applications, paraphrased from MCS 2026 Table 6; null where the table has none. */
  mainUses: z.strictObject({ items: z.array(z.string().min(2)).min(1), source: SourceRefSchema }).nullable(),
  /** The reader-facing prose in Spanish (schema-spanish.ts). */
  es: MineralEsSchema.optional(),
});

export const GroupSchema = z.strictObject({
  ...Matchable,
  name: z.string().min(1),
  localNames: LocalNamesSchema,
  category: z.enum(MINERAL_CATEGORY_SLUGS),
  description: ProseSchema,
  /** Mineral entries in the group (sorted). */
  memberIds: z.array(IdSchema).min(2),
  /** Members without an entry of their own (promethium, osmium). */
  otherMembers: z.array(ElementSchema.extend({ note: z.string().min(1) })),
  /** Named subsets such as the EU's light and heavy rare earths. */
  subgroups: z.array(
    z.strictObject({ name: z.string().min(1), memberIds: z.array(IdSchema).min(1), source: SourceRefSchema }),
  ),
  es: GroupEsSchema.optional(),
});

export const PolicyTermSchema = z.strictObject({
  ...Matchable,
  name: z.string().min(1),
  kind: z.enum(POLICY_KIND_SLUGS),
  /** Who made it or where it applies, as codes: ["US"], ["US", "MX"], ["EU"], ["INTL"]. */
  jurisdiction: z.array(JurisdictionSchema).min(1),
  /** Enactment, signature, announcement or publication date; null when no single date applies. */
  date: PartialDateSchema.nullable(),
  /** What the date is, when that is not obvious or sources disagree. */
  dateNote: z.string().min(1).optional(),
  definition: ProseSchema,
  /**
   * Its standing, dated: in force, suspended until a day, a review due on a day. Required, and
   * null only for kinds whose standing does not change (concepts, agencies, events); the check
   * enforces which.
   */
  status: StatusSchema.nullable(),
  /** Minerals and groups the term concerns. */
  relatedEntryIds: z.array(IdSchema),
  /** Lists in lists.json the term created or describes. */
  listIds: z.array(IdSchema),
  es: PolicyEsSchema.optional(),
});

export type Mineral = z.infer<typeof MineralSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type PolicyTerm = z.infer<typeof PolicyTermSchema>;
