import type { ProductionFigure } from '../schema-figures';
import { isAggregate, readableCountry } from './countries';
import { isoCode } from './iso-codes';
import { DATA_YEAR, MCS_FILE, type ProductionSpec, USGS_SOURCE_ID } from './import-spec';
import { exactlyOne, footnotes, isEstimated, type McsRow, sameText } from './rows';
import { parseUsgsValue } from './values';

const TOP_COUNTRIES = 5;
/** Country estimates can add up to more than USGS's rounded world total (bismuth, gallium). */
export const OVER_TOTAL =
  "The countries' estimates add up to more than USGS's rounded world total, so shares are approximate.";

/** Share in percent with one decimal: USGS totals are rounded, so more precision would be false. */
export const share = (amount: number, total: number) => Math.round((amount / total) * 1000) / 10;

export function productionRows(rows: McsRow[], spec: ProductionSpec): McsRow[] {
  return rows.filter(
    (r) =>
      r.chapter === spec.chapter &&
      sameText(r.commodity, spec.commodity) &&
      r.statistics === 'Production' &&
      r.year === String(DATA_YEAR) &&
      !r.section.startsWith('Salient'),
  );
}

/** Reads one production table: the world total and the largest producers for the data year. */
export function extractProduction(rows: McsRow[], spec: ProductionSpec): ProductionFigure {
  const what = `${spec.chapter} / ${spec.commodity} / ${spec.detail}`;
  const table = productionRows(rows, spec);
  const totalRow = exactlyOne(
    table.filter((r) => r.country === 'World total' && r.detail === spec.totalDetail),
    `the ${DATA_YEAR} world total of ${what}`,
  );
  const total = parseUsgsValue(totalRow.value);
  const countryRows = table.filter(
    (r) =>
      !isAggregate(r.country) &&
      (spec.mixedForms ? r.detail.startsWith(spec.detail) : r.detail === spec.detail),
  );
  if (countryRows.length === 0 && totalRow.detail !== spec.detail) {
    throw new Error(`${MCS_FILE}: no country rows for ${what} in ${DATA_YEAR}`);
  }
  const totalAmount = total.kind === 'number' && !spec.mixedForms ? total.amount : null;
  const parsed = countryRows.map((row) => ({ row, value: parseUsgsValue(row.value) }));
  const ranked = parsed
    .filter((p) => p.value.kind === 'number' && p.value.amount! > 0)
    .sort((a, b) => b.value.amount! - a.value.amount!);
  const withheld = parsed
    .filter((p) => p.value.kind === 'withheld')
    .map((p) => readableCountry(p.row.country));
  const china = parsed.find((p) => p.row.country === 'China' && p.value.kind === 'number');

  const listedSum = ranked.reduce((sum, p) => sum + p.value.amount!, 0);
  const notes = [
    ...(spec.note ? [spec.note] : []),
    ...(totalAmount !== null && listedSum > totalAmount ? [OVER_TOTAL] : []),
    ...(withheld.length
      ? [`Withheld by USGS to avoid disclosing company data (W): ${withheld.join(', ')}.`]
      : []),
    ...(totalRow.repaired ? [totalRow.repaired] : []),
    ...footnotes(totalRow.notes),
  ];
  // A footnote shared with the world total describes the whole table; the rest belong to one country.
  const ownNote = (row: McsRow) =>
    footnotes(row.notes)
      .filter((n) => !notes.includes(n))
      .join(' ');
  return {
    status: 'reported',
    scope: spec.scope ?? 'mineral',
    stage: spec.stage,
    basis: spec.basis,
    year: DATA_YEAR,
    unit: totalRow.unit,
    worldTotal:
      total.kind === 'not-calculable'
        ? null
        : {
            amount: total.amount,
            display: total.display,
            estimated: isEstimated(totalRow),
            ...(total.kind === 'range' ? { low: total.low!, high: total.high! } : {}),
          },
    countries: ranked.slice(0, TOP_COUNTRIES).map(({ row, value }) => ({
      country: readableCountry(row.country),
      code: isoCode(row.country),
      usgsName: row.country,
      amount: value.amount,
      display: value.display,
      estimated: isEstimated(row),
      sharePct: totalAmount ? share(value.amount!, totalAmount) : null,
      ...(spec.mixedForms ? { form: row.detail.slice(spec.detail.length) } : {}),
      ...(ownNote(row) ? { note: ownNote(row) } : {}),
    })),
    chinaSharePct: china && totalAmount ? share(china.value.amount!, totalAmount) : null,
    // Niobium: China's 40 t of 112,000 t rounds to 0.0%, which would read as "none".
    ...(china && totalAmount && china.value.amount! > 0 && share(china.value.amount!, totalAmount) === 0
      ? { chinaShareBelowTenth: true as const }
      : {}),
    source: {
      sourceId: USGS_SOURCE_ID,
      file: MCS_FILE,
      chapter: spec.chapter,
      section: totalRow.section,
      commodity: totalRow.commodity,
      statisticsDetail: spec.detail,
    },
    notes,
  };
}
