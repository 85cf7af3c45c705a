import type { MexicoPlaceSchema, Place } from '../schema-story';
import type { z } from 'zod';
import { isAggregate } from './countries';
import { share } from './extract-production';
import { isoCode } from './iso-codes';
import type { McsRow } from './rows';
import { parseUsgsValue, type UsgsValue } from './values';

/**
 * Shared by the story extractors: a USGS country table as places and parsed values, and where
 * Mexico stands in it. Ranking counts only countries USGS lists with a number, as USGS's own
 * tables do; "Other countries" is never ranked.
 */
export interface TableRow {
  row: McsRow;
  place: Place;
  value: UsgsValue;
}

export function placeOf(usgsName: string): Place | null {
  if (usgsName === 'Other countries' || usgsName === 'Other') return { kind: 'other-countries' };
  if (isAggregate(usgsName)) return null;
  return { kind: 'country', code: isoCode(usgsName) };
}

/** Country and "Other countries" rows with their values; world totals and joint rows dropped. */
export function toTable(rows: McsRow[]): TableRow[] {
  return rows.flatMap((row) => {
    const place = placeOf(row.country);
    return place ? [{ row, place, value: parseUsgsValue(row.value) }] : [];
  });
}

const numbered = (t: TableRow[]) =>
  t.filter((r) => r.place.kind === 'country' && r.value.kind === 'number' && r.value.amount! > 0);

type MexicoPlace = z.infer<typeof MexicoPlaceSchema>;

/** Mexico's rank (ties share a rank), tied countries and share of the world total. */
export function mexicoPlace(table: TableRow[], worldTotal: number | null): MexicoPlace {
  const mx = table.find((r) => r.place.kind === 'country' && r.place.code === 'MX');
  const none = { amount: null, display: null, rank: null, tiedWith: [], sharePct: null };
  if (!mx) return { status: 'not-listed', ...none };
  if (mx.value.kind === 'withheld') return { status: 'withheld', ...none, display: mx.value.display };
  if (mx.value.kind !== 'number' && mx.value.kind !== 'zero')
    return { status: 'not-available', ...none, display: mx.value.display };
  const amount = mx.value.amount!;
  const ranked = numbered(table);
  return {
    status: 'listed',
    amount,
    display: mx.value.display,
    rank: amount > 0 ? 1 + ranked.filter((r) => r.value.amount! > amount).length : null,
    tiedWith: ranked
      .filter((r) => r !== mx && r.value.amount === amount && amount > 0)
      .map((r) => (r.place.kind === 'country' ? r.place.code : ''))
      .sort(),
    sharePct: worldTotal ? share(amount, worldTotal) : null,
  };
}

/** The countries with a positive number, largest first (for concentration). */
export function rankedAmounts(table: TableRow[]): number[] {
  return numbered(table)
    .map((r) => r.value.amount!)
    .sort((a, b) => b - a);
}
