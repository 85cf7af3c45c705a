import { z } from 'zod';
import { IdSchema } from './schema-common';
import { UsgsRowRefSchema } from './schema-usgs-ref';
import { StoryFiguresSchema } from './schema-story';

export { UsgsRowRefSchema };

/**
 * data/usgs-figures.json, written by `npm run data:import` from the USGS MCS 2026 release. Every
 * block names its data year and the exact rows it came from, so a reader can find the number.
 */

const AmountSchema = z.strictObject({
  amount: z.number().nullable(),
  /** As USGS printed it: "230,000", "W", "10,000–15,000". */
  display: z.string(),
  estimated: z.boolean(),
});

/** ISO 3166-1 alpha-2: the card names the country in the reader's language (Intl.DisplayNames). */
const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

export const ProducerSchema = AmountSchema.extend({
  country: z.string(),
  code: CountryCodeSchema,
  usgsName: z.string(),
  /** Share of the USGS world total in percent, one decimal; null when no total exists. */
  sharePct: z.number().min(0).nullable(),
  /** Only where countries report different forms (boron): what this amount measures. */
  form: z.string().optional(),
  /** USGS footnotes on this country's row only (e.g. "Overseas territory of France."). */
  note: z.string().optional(),
});

export const ProductionReportedSchema = z.strictObject({
  status: z.literal('reported'),
  /** Whose figure this is: the entry's own, or its group's (rare earths). */
  scope: z.enum(['mineral', 'group']),
  /** Mining, or a processing stage (refining, smelting, primary metal). */
  stage: z.enum(['mining', 'processing']),
  basis: z.string(),
  year: z.number().int(),
  unit: z.string(),
  worldTotal: AmountSchema.extend({ low: z.number().optional(), high: z.number().optional() }).nullable(),
  /** Largest producers first, at most five; aggregates and withheld values excluded. */
  countries: z.array(ProducerSchema),
  /** China's share of this world total, when USGS gives China a number; a refining share only when stage is processing. */
  chinaSharePct: z.number().nullable(),
  /** China produced some, but under 0.05% of the total, so its one-decimal share reads 0: say "<0.1%". */
  chinaShareBelowTenth: z.literal(true).optional(),
  source: UsgsRowRefSchema,
  notes: z.array(z.string()),
});

export const NotReportedSchema = z.strictObject({
  status: z.literal('not-reported'),
  reason: z.string(),
  /** Where the group reports a figure instead; a card may show it, labelled as the group's. */
  groupEntryId: IdSchema.optional(),
  sourceId: IdSchema,
});

export const ImportSourceSchema = z.strictObject({
  country: z.string(),
  code: CountryCodeSchema,
  usgsName: z.string(),
  /** Share of U.S. imports in percent, as printed ("26", ">99"); null when USGS lists names only. */
  pct: z.number().nullable(),
  display: z.string().nullable(),
});

export const ImportRelianceReportedSchema = z.strictObject({
  status: z.literal('reported'),
  scope: z.enum(['mineral', 'group']),
  basis: z.string(),
  year: z.number().int(),
  /** As USGS prints it: "79", ">50", "<25", "E" (net exporter), "NA". */
  display: z.string(),
  /** The percentage, or the bound for ">50" / "<25"; null for E and NA. */
  pct: z.number().nullable(),
  qualifier: z.enum(['exact', 'greater-than', 'less-than', 'net-exporter', 'not-available']),
  estimated: z.boolean(),
  majorSources: z.array(ImportSourceSchema),
  /** The years the import-source shares cover, "2021–24". */
  sourcesYears: z.string().nullable(),
  sourcesBasis: z.string().nullable(),
  source: UsgsRowRefSchema,
  notes: z.array(z.string()),
});

export const ProductionFigureSchema = z.discriminatedUnion('status', [
  ProductionReportedSchema,
  NotReportedSchema,
]);
export const ImportRelianceFigureSchema = z.discriminatedUnion('status', [
  ImportRelianceReportedSchema,
  NotReportedSchema,
]);

export const MineralFiguresSchema = z.strictObject({
  id: IdSchema,
  /** First block is the headline figure; later ones add another stage or form (bauxite, refinery). */
  production: z.array(ProductionFigureSchema).min(1),
  importReliance: z.array(ImportRelianceFigureSchema).min(1),
  /** Mexico's place, reserves, prices and concentration (lib/dataset/schema-story.ts). */
  story: StoryFiguresSchema,
});

export const FiguresFileSchema = z.strictObject({
  sourceId: IdSchema,
  dataYear: z.number().int(),
  files: z.array(z.strictObject({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  figures: z.array(MineralFiguresSchema),
});

export type UsgsRowRef = z.infer<typeof UsgsRowRefSchema>;
export type Producer = z.infer<typeof ProducerSchema>;
export type ProductionFigure = z.infer<typeof ProductionFigureSchema>;
export type ImportRelianceFigure = z.infer<typeof ImportRelianceFigureSchema>;
export type MineralFigures = z.infer<typeof MineralFiguresSchema>;
export type FiguresFile = z.infer<typeof FiguresFileSchema>;
