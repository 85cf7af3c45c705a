import type { MexicoTable, Reserves } from '../schema-story';
import { share } from './extract-production';
import { MCS_FILE, type ProductionSpec, USGS_SOURCE_ID } from './import-spec';
import { footnotes, type McsRow, sameText } from './rows';
import { mexicoPlace, toTable } from './story-tables';
import { parseUsgsValue } from './values';

/**
 * Reserves tables for the chapters and commodities an entry's production comes from. USGS words
 * the world-total row "<detail>: rounded" (or ", rounded"); each total gives one block with the
 * country rows of the same detail. Rare-earth reserves are dropped before this runs (corrected
 * in the report, not in the CSV), and say so.
 */
const WHY_NONE: Record<string, string> = {
  'RARE EARTHS':
    'MCS 2026 (v1.3) corrected the rare-earth reserves in the report but not in the CSV, so Mineral Lens shows none rather than superseded values.',
};

type ReservesResult =
  { status: 'reported'; block: Reserves; mexico: MexicoTable } | { status: 'not-reported'; reason: string };

const baseDetail = (detail: string) => detail.replace(/[:,]?\s*rounded$/, '').trim();

function block(chapter: string, totalRow: McsRow | null, countryRows: McsRow[]): ReservesResult {
  const total = totalRow ? parseUsgsValue(totalRow.value) : null;
  const totalAmount = total?.kind === 'number' ? total.amount : null;
  const table = toTable(countryRows);
  const first = totalRow ?? countryRows[0]!;
  const detail = totalRow ? baseDetail(totalRow.detail) : first.detail;
  const source = {
    sourceId: USGS_SOURCE_ID,
    file: MCS_FILE,
    chapter,
    section: first.section,
    commodity: first.commodity,
    statisticsDetail: detail,
  };
  const reserves: Reserves = {
    status: 'reported',
    basis: detail,
    year: Number(first.year),
    unit: first.unit.trim(),
    worldTotal: total ? { amount: total.amount, display: total.display } : null,
    countries: table.map((t) => ({
      place: t.place,
      amount: t.value.amount,
      display: t.value.display,
      sharePct: totalAmount && t.value.kind === 'number' ? share(t.value.amount!, totalAmount) : null,
    })),
    source,
    notes: [...new Set(totalRow ? footnotes(totalRow.notes) : [])],
  };
  const mexico: MexicoTable = {
    table: 'reserves',
    stage: null,
    basis: detail,
    year: reserves.year,
    unit: reserves.unit,
    ...mexicoPlace(table, totalAmount),
    source,
  };
  return { status: 'reported', block: reserves, mexico };
}

export function extractReserves(rows: McsRow[], specs: ProductionSpec[]): ReservesResult[] {
  const out: ReservesResult[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const key = `${spec.chapter}|${spec.commodity.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const table = rows.filter(
      (r) =>
        r.chapter === spec.chapter && sameText(r.commodity, spec.commodity) && r.statistics === 'Reserves',
    );
    if (table.length === 0) {
      out.push({
        status: 'not-reported',
        reason: WHY_NONE[spec.chapter] ?? `MCS 2026 gives no reserves for ${spec.commodity.toLowerCase()}.`,
      });
      continue;
    }
    const totals = table.filter((r) => r.country === 'World total');
    const countries = table.filter((r) => r.country !== 'World total');
    if (totals.length === 0) {
      out.push(block(spec.chapter, null, countries));
      continue;
    }
    for (const total of totals) {
      const same = countries.filter((r) => sameText(r.detail, baseDetail(total.detail)));
      out.push(block(spec.chapter, total, same.length || totals.length > 1 ? same : countries));
    }
  }
  // A chapter without reserves (smelting, sponge metal) says nothing when another table has them.
  return out.some((r) => r.status === 'reported') ? out.filter((r) => r.status === 'reported') : out;
}
