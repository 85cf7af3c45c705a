import { z } from 'zod';
import { UsgsRowRefSchema } from './schema-usgs-ref';

/**
 * The figures behind the story, per entry, written by `npm run data:import` next to production
 * and import reliance: Mexico's place, reserves, prices and how concentrated supply is. Countries
 * are ISO 3166-1 alpha-2 codes (the card names them with Intl.DisplayNames); "Other countries"
 * stays a kind, never a code. Every block keeps its year and the rows it was read from.
 */

const IsoCodeSchema = z.string().regex(/^[A-Z]{2}$/);

/** A row of a country table: a country by code, or USGS's "Other countries" remainder. */
export const PlaceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('country'), code: IsoCodeSchema }),
  z.strictObject({ kind: z.literal('other-countries') }),
]);

const ValueSchema = z.strictObject({
  /** The number, or null where USGS printed a code ("NA", "W"). */
  amount: z.number().nullable(),
  /** As USGS printed it: "37,000", "NA", "W". */
  display: z.string(),
});

/** Where Mexico stands in one table: its rank among the countries USGS lists, and its share. */
export const MexicoPlaceSchema = z.strictObject({
  /** listed: Mexico has a number; not-listed: no Mexico row (it may sit in "Other countries"). */
  status: z.enum(['listed', 'not-listed', 'withheld', 'not-available']),
  amount: z.number().nullable(),
  display: z.string().nullable(),
  /** 1 = largest; countries with the same amount share a rank. Null unless listed. */
  rank: z.number().int().min(1).nullable(),
  /** Countries with exactly Mexico's amount (fluorspar: MN). */
  tiedWith: z.array(IsoCodeSchema),
  /** Of USGS's rounded world total, one decimal; null without a total or a number. */
  sharePct: z.number().nullable(),
});

export const MexicoTableSchema = MexicoPlaceSchema.extend({
  table: z.enum(['production', 'reserves']),
  stage: z.enum(['mining', 'processing']).nullable(),
  basis: z.string(),
  year: z.number().int(),
  unit: z.string(),
  source: UsgsRowRefSchema,
});

/** Mexico's share of U.S. imports of one form, as the chapter's Import Sources rows give it. */
export const MexicoImportsSchema = z.strictObject({
  /** The chapter's wording of the form: "Ore and concentrates", "All", "Refined metal". */
  form: z.string(),
  years: z.string(),
  status: z.enum(['listed', 'not-listed']),
  pct: z.number().nullable(),
  display: z.string().nullable(),
  /** Mexico's place among the sources USGS names for this form. */
  rank: z.number().int().min(1).nullable(),
  /** The sources USGS names for this form, largest first, so a card can show who leads. */
  sources: z.array(z.strictObject({ place: PlaceSchema, pct: z.number().nullable(), display: z.string() })),
  source: UsgsRowRefSchema,
});

export const ReservesSchema = z.strictObject({
  status: z.literal('reported'),
  basis: z.string(),
  year: z.number().int(),
  unit: z.string(),
  worldTotal: ValueSchema.nullable(),
  /** Every row USGS lists, in the CSV's order, "NA" included: "not reported" stays visible. */
  countries: z.array(ValueSchema.extend({ place: PlaceSchema, sharePct: z.number().nullable() })),
  source: UsgsRowRefSchema,
  notes: z.array(z.string()),
});

export const StoryNotReportedSchema = z.strictObject({
  status: z.literal('not-reported'),
  reason: z.string(),
});

export const PricePointSchema = ValueSchema.extend({
  year: z.number().int(),
  low: z.number().optional(),
  high: z.number().optional(),
  estimated: z.boolean(),
});

export const PriceSeriesSchema = z.strictObject({
  /** USGS's own description of the price, verbatim: what it is and where it is quoted. */
  basis: z.string(),
  /** exchange: LME or COMEX; us: a U.S. market or U.S. import unit value; other: a non-U.S. market. */
  market: z.enum(['exchange', 'us', 'other', 'unspecified']),
  unit: z.string(),
  points: z.array(PricePointSchema),
  source: UsgsRowRefSchema,
  notes: z.array(z.string()),
});

/** Computed by Mineral Lens from the USGS country figures (method in data/README.md). */
export const ConcentrationSchema = z.strictObject({
  stage: z.enum(['mining', 'processing']),
  basis: z.string(),
  year: z.number().int(),
  /** Share of the three largest listed producers, one decimal. */
  top3SharePct: z.number(),
  /** Herfindahl–Hirschman index over the listed countries, 0–10,000, rounded. */
  hhi: z.number().int().min(0).max(10000),
  countriesCounted: z.number().int(),
  /** USGS's "Other countries" share, left out of the index: the figures are lower bounds. */
  otherCountriesPct: z.number().nullable(),
  source: UsgsRowRefSchema,
});

export const StoryFiguresSchema = z.strictObject({
  mexico: z.strictObject({
    tables: z.array(MexicoTableSchema),
    imports: z.array(MexicoImportsSchema),
  }),
  reserves: z.array(z.discriminatedUnion('status', [ReservesSchema, StoryNotReportedSchema])),
  prices: z.array(PriceSeriesSchema),
  concentration: z.array(ConcentrationSchema),
});

export type Place = z.infer<typeof PlaceSchema>;
export type MexicoTable = z.infer<typeof MexicoTableSchema>;
export type MexicoImports = z.infer<typeof MexicoImportsSchema>;
export type Reserves = z.infer<typeof ReservesSchema>;
export type PriceSeries = z.infer<typeof PriceSeriesSchema>;
export type Concentration = z.infer<typeof ConcentrationSchema>;
export type StoryFigures = z.infer<typeof StoryFiguresSchema>;
