import type { ImportRelianceFigure } from '../schema-figures';
import { isAggregate, readableCountry } from './countries';
import { isoCode } from './iso-codes';
import { DATA_YEAR, FIG2_FILE, type ImportRelianceSpec, MCS_FILE, USGS_SOURCE_ID } from './import-spec';
import { exactlyOne, footnotes, isEstimated, type McsRow, sameText } from './rows';
import { parseUsgsValue } from './values';

export interface Fig2Row {
  commodity: string;
  display: string;
  sources: string[];
}

const QUALIFIER = {
  number: 'exact',
  'greater-than': 'greater-than',
  'less-than': 'less-than',
  'net-exporter': 'net-exporter',
  'not-available': 'not-available',
} as const;

function importSources(rows: McsRow[], spec: ImportRelianceSpec, fig2: Fig2Row[]) {
  if (spec.importsFromFig2) {
    const majorSources = fig2Row(fig2, spec.fig2).sources.map((name) => ({
      country: readableCountry(name),
      code: isoCode(name),
      usgsName: name,
      pct: null,
      display: null,
    }));
    return {
      majorSources,
      sourcesYears: '2021–24',
      sourcesBasis: 'Major import sources as named in MCS 2026 Figure 2',
    };
  }
  if (!spec.imports) return { majorSources: [], sourcesYears: null, sourcesBasis: null };
  const { commodity, detail } = spec.imports;
  const found = rows.filter(
    (r) =>
      r.section === 'Import Sources' &&
      r.chapter === spec.chapter &&
      sameText(r.commodity, commodity) &&
      r.detail === detail,
  );
  if (found.length === 0)
    throw new Error(`${MCS_FILE}: no import-source rows for ${spec.chapter} / ${commodity} / ${detail}`);
  const majorSources = found
    .filter((r) => !isAggregate(r.country))
    .map((r) => {
      const v = parseUsgsValue(r.value);
      return {
        country: readableCountry(r.country),
        code: isoCode(r.country),
        usgsName: r.country,
        pct: v.amount,
        display: v.display,
      };
    });
  return { majorSources, sourcesYears: found[0]!.year, sourcesBasis: detail };
}

function fig2Row(fig2: Fig2Row[], label: string | undefined): Fig2Row {
  const row = fig2.find((f) => f.commodity === label);
  if (!row) throw new Error(`${FIG2_FILE}: no row labelled ${JSON.stringify(label)}`);
  return row;
}

/** The parts of a reliance figure that differ between the chapter CSV and Figure 2. */
interface RelianceReading {
  value: ReturnType<typeof parseUsgsValue>;
  where: string;
  estimated: boolean;
  source: Extract<ImportRelianceFigure, { status: 'reported' }>['source'];
  footnotes: string[];
}

/** One figure from either reading, with its import sources; a value USGS would not print is an error. */
function relianceFigure(
  rows: McsRow[],
  spec: ImportRelianceSpec,
  fig2: Fig2Row[],
  reading: RelianceReading,
): ImportRelianceFigure {
  const { value } = reading;
  if (!(value.kind in QUALIFIER))
    throw new Error(`${reading.where}: unexpected reliance value ${value.display}`);
  return {
    status: 'reported',
    scope: spec.scope ?? 'mineral',
    basis: spec.basis,
    year: DATA_YEAR,
    display: value.display,
    pct: value.amount,
    qualifier: QUALIFIER[value.kind as keyof typeof QUALIFIER],
    estimated: reading.estimated,
    ...importSources(rows, spec, fig2),
    source: reading.source,
    notes: [...(spec.note ? [spec.note] : []), ...reading.footnotes],
  };
}

/** Rubidium has no reliance row in the CSV; MCS 2026 Figure 2 is the only place USGS gives it. */
function relianceFromFig2(rows: McsRow[], spec: ImportRelianceSpec, fig2: Fig2Row[]): ImportRelianceFigure {
  const row = fig2Row(fig2, spec.fig2);
  return relianceFigure(rows, spec, fig2, {
    value: parseUsgsValue(row.display),
    where: `${FIG2_FILE} ${row.commodity}`,
    estimated: true,
    source: {
      sourceId: USGS_SOURCE_ID,
      file: FIG2_FILE,
      chapter: 'Figure 2',
      section: 'MCS 2026 Figure 2 (U.S. net import reliance, 2025)',
      commodity: row.commodity,
      statisticsDetail: 'Net_Import_Reliance_pct_2025',
    },
    footnotes: [],
  });
}

/** Reads one U.S. net-import-reliance figure for the data year, with its major import sources. */
export function extractImportReliance(
  rows: McsRow[],
  spec: ImportRelianceSpec,
  fig2: Fig2Row[],
): ImportRelianceFigure {
  if (spec.relianceFromFig2) return relianceFromFig2(rows, spec, fig2);
  const what = `${spec.chapter} / ${spec.commodity}${spec.detail ? ` / ${spec.detail}` : ''}`;
  const row = exactlyOne(
    rows.filter(
      (r) =>
        r.chapter === spec.chapter &&
        sameText(r.commodity, spec.commodity) &&
        r.statistics === 'Net import reliance' &&
        r.year === String(DATA_YEAR) &&
        (spec.detail === undefined || r.detail === spec.detail),
    ),
    `the ${DATA_YEAR} net import reliance of ${what}`,
  );
  return relianceFigure(rows, spec, fig2, {
    value: parseUsgsValue(row.value),
    where: `${MCS_FILE} line ${row.line}`,
    estimated: isEstimated(row),
    source: {
      sourceId: USGS_SOURCE_ID,
      file: MCS_FILE,
      chapter: row.chapter,
      section: row.section,
      commodity: row.commodity,
      statisticsDetail: row.detail,
    },
    footnotes: footnotes(row.notes),
  });
}
