/**
 * The shape of the import map: which rows of the MCS CSV answer "who produces it" and "how much
 * does the U.S. import" for each entry. Kept as data so that refreshing for MCS 2027 means checking
 * chapter/commodity/detail strings here, not rewriting code.
 */

export const MCS_FILE = 'MCS2026_Commodities_Data.csv';
export const FIG2_FILE = 'MCS2026_Fig2_Net_Import_Reliance.csv';
/** The latest data year in the release: MCS 2026 estimates 2025. */
export const DATA_YEAR = 2025;
export const USGS_SOURCE_ID = 'usgs-mcs-2026-data';

export interface NotReportedSpec {
  notReported: string;
  groupEntryId?: string;
}

export interface ProductionSpec {
  chapter: string;
  commodity: string;
  /** `Statistics_detail` of the country rows. */
  detail: string;
  /** `Statistics_detail` of the world-total row (USGS words it ": rounded" or ", rounded"). */
  totalDetail: string;
  basis: string;
  stage: 'mining' | 'processing';
  scope?: 'group';
  /** Countries report different forms (boron): keep each row's own detail, no shares. */
  mixedForms?: true;
  /** Our note, for what the numbers alone would mislead about. */
  note?: string;
  /** MCS 2026 Table 7 label, for the cross-check test (leading country and its share). */
  t7?: string;
}

export interface ImportRelianceSpec {
  chapter: string;
  commodity: string;
  /** `Statistics_detail` of the salient net-import-reliance row, when the chapter has several. */
  detail?: string;
  basis: string;
  scope?: 'group';
  /** Import-source rows: `Commodity` and `Statistics_detail` in the Import Sources section. */
  imports?: { commodity: string; detail: string };
  /** No usable import-source rows in the CSV: take the names (no shares) from Figure 2. */
  importsFromFig2?: true;
  /** No net-import-reliance row in the CSV at all (rubidium): take the value from Figure 2. */
  relianceFromFig2?: true;
  /** MCS 2026 Figure 2 label, for the cross-check test (and importsFromFig2). */
  fig2?: string;
  note?: string;
}

export interface EntrySpec {
  production: (ProductionSpec | NotReportedSpec)[];
  importReliance: (ImportRelianceSpec | NotReportedSpec)[];
}

export function isNotReported(spec: object): spec is NotReportedSpec {
  return 'notReported' in spec;
}

/** Shorthand for the common case: a "Mine production" table with a rounded world total. */
export function mine(
  chapter: string,
  commodity: string,
  basis: string,
  extra: Partial<ProductionSpec> = {},
): ProductionSpec {
  return processed(chapter, commodity, 'Mine production', basis, { stage: 'mining', ...extra });
}

/** Shorthand for a processing table ("Refinery production", "Smelter production"). */
export function processed(
  chapter: string,
  commodity: string,
  detail: string,
  basis: string,
  extra: Partial<ProductionSpec> = {},
): ProductionSpec {
  return {
    chapter,
    commodity,
    detail,
    totalDetail: `${detail}: rounded`,
    basis,
    stage: 'processing',
    ...extra,
  };
}
