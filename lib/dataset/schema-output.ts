import { z } from 'zod';
import { MINERAL_CATEGORY_SLUGS, POLICY_KIND_SLUGS } from './categories';
import { GroupSchema, MineralSchema, PolicyTermSchema } from './schema-entries';
import { IdSchema, LangSchema } from './schema-common';
import { ImportRelianceFigureSchema, ProductionFigureSchema } from './schema-figures';
import { StoryFiguresSchema } from './schema-story';
import { ListDefSchema } from './schema-lists';
import { SourceSchema } from './schema-sources';

/**
 * data/generated/entries.json: full entries joined with their USGS figures and derived list
 * memberships, for the card and the panel. Runtime code imports these types with `import type`
 * only, so zod never reaches the extension bundle.
 */

/** listed: true = on the list, false = not on it, null = not verified (never read null as "no"). */
export const MembershipSchema = z.strictObject({
  listId: IdSchema,
  listed: z.boolean().nullable(),
  /** The list's own wording for the item(s) covering this entry. */
  as: z.array(z.string()),
  notes: z.array(z.string()),
});

const AkaSchema = z.strictObject({ text: z.string(), lang: LangSchema });

export const FiguresBlockSchema = z.strictObject({
  production: z.array(ProductionFigureSchema),
  importReliance: z.array(ImportRelianceFigureSchema),
  story: StoryFiguresSchema,
});

/** China's share of a processing stage (refining, smelting) from the USGS table, when USGS gives one. */
export const ChinaShareSchema = z.strictObject({
  pct: z.number(),
  year: z.number().int(),
  basis: z.string(),
  sourceId: IdSchema,
  /** The production table's notes; gallium's explains why 100% overstates China slightly. */
  notes: z.array(z.string()),
});

const Shared = {
  id: IdSchema,
  name: z.string(),
  category: z.string(),
  aka: z.array(AkaSchema),
  notes: z.string().optional(),
  sourceIds: z.array(IdSchema),
  /** Policy terms that name this entry among their related minerals. */
  relatedTermIds: z.array(IdSchema),
};

export const MineralEntrySchema = z.strictObject({
  ...Shared,
  kind: z.literal('mineral'),
  category: z.enum(MINERAL_CATEGORY_SLUGS),
  ...MineralSchema.pick({
    usgsName: true,
    localNames: true,
    symbol: true,
    atomicNumber: true,
    relatedElement: true,
    description: true,
    mainUses: true,
    es: true,
  }).shape,
  onUsgs2025List: z.boolean(),
  /** On the USGS 2025 list but not on the 2022 list. */
  newIn2025: z.boolean(),
  groupIds: z.array(IdSchema),
  memberships: z.array(MembershipSchema),
  figures: FiguresBlockSchema,
  chinaRefiningShare: ChinaShareSchema.nullable(),
  /** Export-control policy terms that cover this mineral. */
  exportControlIds: z.array(IdSchema),
});

export const GroupEntrySchema = z.strictObject({
  ...Shared,
  kind: z.literal('group'),
  category: z.enum(MINERAL_CATEGORY_SLUGS),
  ...GroupSchema.pick({
    localNames: true,
    description: true,
    memberIds: true,
    otherMembers: true,
    subgroups: true,
    es: true,
  }).shape,
  /** Lists whose wording names the group itself ("Platinum group metals", "REE"). */
  listMentions: z.array(z.strictObject({ listId: IdSchema, as: z.string() })),
  figures: FiguresBlockSchema.nullable(),
});

export const PolicyEntrySchema = z.strictObject({
  ...Shared,
  kind: z.literal('policy'),
  category: z.enum(POLICY_KIND_SLUGS),
  ...PolicyTermSchema.pick({
    jurisdiction: true,
    date: true,
    dateNote: true,
    definition: true,
    status: true,
    relatedEntryIds: true,
    listIds: true,
    es: true,
  }).shape,
});

export const EntrySchema = z.discriminatedUnion('kind', [
  MineralEntrySchema,
  GroupEntrySchema,
  PolicyEntrySchema,
]);

export const EntriesFileSchema = z.strictObject({
  version: z.string(),
  date: z.string(),
  /** The latest data year of the USGS figures (2025 for MCS 2026). */
  dataYear: z.number().int(),
  entries: z.array(EntrySchema),
  lists: z.array(ListDefSchema),
  sources: z.array(SourceSchema),
  /** Spanish of every USGS text in the figures, by its English (lib/dataset/usgs-spanish.ts). */
  usgsEs: z.record(z.string(), z.string()),
});

export type Membership = z.infer<typeof MembershipSchema>;
export type MineralEntry = z.infer<typeof MineralEntrySchema>;
export type GroupEntry = z.infer<typeof GroupEntrySchema>;
export type PolicyEntry = z.infer<typeof PolicyEntrySchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type EntriesFile = z.infer<typeof EntriesFileSchema>;
export type ChinaShare = z.infer<typeof ChinaShareSchema>;
