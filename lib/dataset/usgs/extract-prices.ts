import type { PriceSeries } from '../schema-story';
import { DATA_YEAR, MCS_FILE, USGS_SOURCE_ID } from './import-spec';
import { footnotes, isEstimated, type McsRow, sameText } from './rows';
import { parseUsgsValue } from './values';

/**
 * Price series for the five data years (2021–2025) from the salient statistics of the chapters
 * and commodities an entry's figures come from. USGS gives U.S. prices, exchange prices (LME,
 * COMEX) and some foreign-market ones; `market` says which from USGS's own wording.
 */
const FIRST_YEAR = DATA_YEAR - 4;

export function marketOf(detail: string): PriceSeries['market'] {
  if (/London Metal Exchange|\bLME\b|COMEX/.test(detail) && !/U\.S\. producer/.test(detail))
    return 'exchange';
  if (/Rotterdam|Europe|China|Australia|global/i.test(detail)) return 'other';
  if (/U\.S\.|United States|North American|New York|imports|Engelhard|Gulf Coast/.test(detail)) return 'us';
  return 'unspecified';
}

export function extractPrices(
  rows: McsRow[],
  specs: { chapter: string; commodity: string }[],
): PriceSeries[] {
  const wanted = (r: McsRow) =>
    r.statistics === 'Price' &&
    specs.some((s) => s.chapter === r.chapter && sameText(s.commodity, r.commodity)) &&
    Number(r.year) >= FIRST_YEAR &&
    Number(r.year) <= DATA_YEAR;
  const series = new Map<string, McsRow[]>();
  for (const row of rows.filter(wanted)) {
    const key = `${row.chapter}|${row.commodity}|${row.detail}|${row.unit}`;
    series.set(key, [...(series.get(key) ?? []), row]);
  }
  return [...series.values()].map((points) => {
    const first = points[0]!;
    return {
      basis: first.detail,
      market: marketOf(first.detail),
      unit: first.unit,
      points: points
        .sort((a, b) => Number(a.year) - Number(b.year))
        .map((r) => {
          const v = parseUsgsValue(r.value);
          return {
            year: Number(r.year),
            amount: v.amount,
            display: v.display,
            ...(v.kind === 'range' ? { low: v.low!, high: v.high! } : {}),
            estimated: isEstimated(r),
          };
        }),
      source: {
        sourceId: USGS_SOURCE_ID,
        file: MCS_FILE,
        chapter: first.chapter,
        section: first.section,
        commodity: first.commodity,
        statisticsDetail: first.detail,
      },
      notes: [...new Set(points.flatMap((p) => footnotes(p.notes)))],
    };
  });
}
