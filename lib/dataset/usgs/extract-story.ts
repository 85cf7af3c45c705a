import type { Concentration, MexicoImports, MexicoTable, StoryFigures } from '../schema-story';
import { productionRows } from './extract-production';
import { extractPrices } from './extract-prices';
import { extractReserves } from './extract-reserves';
import {
  DATA_YEAR,
  type EntrySpec,
  type ImportRelianceSpec,
  isNotReported,
  MCS_FILE,
  type ProductionSpec,
  USGS_SOURCE_ID,
} from './import-spec';
import { type McsRow, sameText } from './rows';
import { mexicoPlace, rankedAmounts, toTable } from './story-tables';
import { parseUsgsValue } from './values';

/**
 * The figures behind the story for one entry, read from the same MCS rows as its production and
 * import figures: Mexico's place in each table, the reserves table, the price series and how
 * concentrated production is. Entries without a USGS table (rare-earth elements alone, uranium)
 * get empty arrays, which the card shows as "not reported".
 */
const round1 = (x: number) => Math.round(x * 10) / 10;

const ref = (spec: { chapter: string }, row: McsRow, detail: string) => ({
  sourceId: USGS_SOURCE_ID,
  file: MCS_FILE,
  chapter: spec.chapter,
  section: row.section,
  commodity: row.commodity,
  statisticsDetail: detail,
});

function productionStory(rows: McsRow[], spec: ProductionSpec) {
  const table = productionRows(rows, spec);
  const totalRow = table.find((r) => r.country === 'World total' && r.detail === spec.totalDetail);
  const countries = toTable(table.filter((r) => r.detail === spec.detail));
  if (!totalRow || spec.mixedForms || !countries.some((c) => c.place.kind === 'country')) return null;
  const total = parseUsgsValue(totalRow.value);
  const totalAmount = total.kind === 'number' ? total.amount : null;
  const mexico: MexicoTable = {
    table: 'production',
    stage: spec.stage,
    basis: spec.basis,
    year: DATA_YEAR,
    unit: totalRow.unit,
    ...mexicoPlace(countries, totalAmount),
    source: ref(spec, totalRow, spec.detail),
  };
  return { mexico, concentration: concentration(spec, countries, totalAmount, totalRow) };
}

/**
 * HHI and top-three share over the countries USGS lists. "Other countries" is left out (its
 * members are unknown), so both are lower bounds. Shares are of the larger of the rounded world
 * total and the listed amounts, so they never add up to more than 100%.
 */
function concentration(
  spec: ProductionSpec,
  countries: ReturnType<typeof toTable>,
  totalAmount: number | null,
  totalRow: McsRow,
): Concentration | null {
  const amounts = rankedAmounts(countries);
  if (totalAmount === null || amounts.length === 0) return null;
  const other = countries.find((c) => c.place.kind === 'other-countries' && c.value.kind === 'number');
  const otherAmount = other?.value.amount ?? 0;
  const base = Math.max(totalAmount, amounts.reduce((s, a) => s + a, 0) + otherAmount);
  const shares = amounts.map((a) => (a / base) * 100);
  return {
    stage: spec.stage,
    basis: spec.basis,
    year: DATA_YEAR,
    top3SharePct: round1(shares.slice(0, 3).reduce((s, x) => s + x, 0)),
    hhi: Math.round(shares.reduce((s, x) => s + x * x, 0)),
    countriesCounted: amounts.length,
    otherCountriesPct: other ? round1((otherAmount / base) * 100) : null,
    source: ref(spec, totalRow, spec.detail),
  };
}

/** Every form the chapter lists import sources for, with Mexico's share of each. */
function mexicoImports(rows: McsRow[], specs: ImportRelianceSpec[]): MexicoImports[] {
  const seen = new Set<string>();
  const out: MexicoImports[] = [];
  for (const spec of specs) {
    const commodity = spec.imports?.commodity ?? spec.commodity;
    const found = rows.filter(
      (r) => r.section === 'Import Sources' && r.chapter === spec.chapter && sameText(r.commodity, commodity),
    );
    for (const form of [...new Set(found.map((r) => r.detail))]) {
      const key = `${spec.chapter}|${commodity.toLowerCase()}|${form}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const formRows = found.filter((r) => r.detail === form);
      const table = toTable(formRows);
      const place = mexicoPlace(table, null);
      out.push({
        form,
        years: formRows[0]!.year,
        status: place.status === 'listed' ? 'listed' : 'not-listed',
        pct: place.amount,
        display: place.display,
        rank: place.rank,
        sources: table.map((t) => ({ place: t.place, pct: t.value.amount, display: t.value.display })),
        source: ref(spec, formRows[0]!, form),
      });
    }
  }
  return out;
}

/** Rows by chapter, built once per import: each entry then scans only its own chapters. */
export function indexByChapter(rows: McsRow[]): Map<string, McsRow[]> {
  const index = new Map<string, McsRow[]>();
  for (const row of rows) {
    const list = index.get(row.chapter);
    if (list) list.push(row);
    else index.set(row.chapter, [row]);
  }
  return index;
}

export function extractStory(byChapter: Map<string, McsRow[]>, entry: EntrySpec): StoryFigures {
  const production = entry.production.filter((p): p is ProductionSpec => !isNotReported(p));
  const imports = entry.importReliance.filter((n): n is ImportRelianceSpec => !isNotReported(n));
  const chapters = new Set([...production, ...imports].map((s) => s.chapter));
  const rows = [...chapters].flatMap((c) => byChapter.get(c) ?? []);
  const stories = production.flatMap((p) => {
    const s = productionStory(rows, p);
    return s ? [s] : [];
  });
  const reserves = extractReserves(rows, production);
  return {
    mexico: {
      tables: [
        ...stories.map((s) => s.mexico),
        ...reserves.flatMap((r) => (r.status === 'reported' ? [r.mexico] : [])),
      ],
      imports: mexicoImports(rows, imports),
    },
    reserves: reserves.map((r) => (r.status === 'reported' ? r.block : r)),
    prices: extractPrices(rows, [...production, ...imports]),
    concentration: stories.flatMap((s) => (s.concentration ? [s.concentration] : [])),
  };
}
