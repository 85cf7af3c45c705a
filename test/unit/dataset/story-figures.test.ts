import { describe, expect, it } from 'vitest';
import type { Reserves } from '../../../lib/dataset/schema-story';
import { readMcsRows } from '../../../lib/dataset/usgs/rows';
import { parseUsgsValue } from '../../../lib/dataset/usgs/values';
import { readUsgsInput } from '../../../scripts/usgs-raw';
import { loadDataset, ROOT } from './load';

// Each expectation is read from MCS2026_Commodities_Data.csv twice: once by hand (the numbers in
// the test names), once from the raw rows in the test itself, so neither the import nor the
// committed file can drift from USGS unnoticed.
describe('figures behind the story (usgs-figures.json, story)', () => {
  const story = new Map(loadDataset().figures.figures.map((f) => [f.id, f.story]));
  const rows = readMcsRows(readUsgsInput(ROOT).mcsCsv);
  const raw = (chapter: string, country: string, statistics: string, detail: string) =>
    rows.find(
      (r) =>
        r.chapter === chapter &&
        r.country === country &&
        r.statistics === statistics &&
        r.detail === detail &&
        r.year.startsWith('202') &&
        (r.year === '2025' || r.year === '2021–24'),
    )?.value;
  const mexicoTable = (id: string, table: 'production' | 'reserves', i = 0) =>
    story.get(id)!.mexico.tables.filter((t) => t.table === table)[i]!;

  it('silver: Mexico first, 6,300 t of a rounded 26,000 t (24.2%); reserves 37,000 t of 610,000 t', () => {
    expect(raw('SILVER', 'Mexico', 'Production', 'Mine production')).toBe('6,300');
    expect(raw('SILVER', 'World total', 'Production', 'Mine production: rounded')).toBe('26,000');
    expect(mexicoTable('silver', 'production')).toMatchObject({
      status: 'listed',
      amount: 6300,
      rank: 1,
      tiedWith: [],
      sharePct: 24.2,
      year: 2025,
      unit: 'metric tons',
    });
    expect(raw('SILVER', 'Mexico', 'Reserves', 'Reserves')).toBe('37,000');
    expect(mexicoTable('silver', 'reserves')).toMatchObject({
      amount: 37000,
      display: '37,000',
      sharePct: 6.1,
    });
  });

  it('fluorspar: Mexico tied second with Mongolia (1,500 kt each, 15%), and 64% of U.S. imports', () => {
    expect(mexicoTable('fluorspar', 'production')).toMatchObject({ rank: 2, tiedWith: ['MN'], sharePct: 15 });
    expect(raw('FLUORSPAR', 'Mexico', 'Import sources 2021-2024', 'All')).toBe('64');
    expect(story.get('fluorspar')!.mexico.imports).toEqual([
      expect.objectContaining({
        form: 'All',
        years: '2021–24',
        status: 'listed',
        pct: 64,
        display: '64',
        rank: 1,
      }),
    ]);
  });

  it('antimony: the chapter gives ore and concentrates as 86% from Mexico, while metal and oxide list no Mexico', () => {
    const imports = story.get('antimony')!.mexico.imports;
    expect(imports.find((i) => i.form === 'Ore and concentrates')).toMatchObject({ pct: 86, rank: 1 });
    expect(imports.find((i) => i.form === 'Total metal and oxide')).toMatchObject({
      status: 'not-listed',
      pct: null,
    });
  });

  it('lithium: reserves by country with the world total of 37,000,000 t; Chile 9,200,000 t (24.9%)', () => {
    const reserves = story.get('lithium')!.reserves[0] as Reserves;
    expect(raw('LITHIUM', 'World total', 'Reserves', 'Reserves: rounded')).toBe('37,000,000');
    expect(reserves).toMatchObject({ status: 'reported', year: 2025, unit: 'metric tons' });
    expect(reserves.worldTotal).toEqual({ amount: 37_000_000, display: '37,000,000' });
    const chile = reserves.countries.find((c) => c.place.kind === 'country' && c.place.code === 'CL')!;
    expect(chile.display).toBe(raw('LITHIUM', 'Chile', 'Reserves', 'Reserves'));
    expect(chile).toMatchObject({ amount: 9_200_000, sharePct: 24.9 });
    expect(mexicoTable('lithium', 'reserves').status).toBe('not-listed');
  });

  it('silver price: bullion, 2021–2025, $25.23 to $38 per troy ounce, 2025 estimated', () => {
    const [price] = story.get('silver')!.prices;
    expect(price).toMatchObject({ unit: 'dollars per troy ounce', market: 'unspecified' });
    expect(price!.points.map((p) => [p.year, p.amount, p.estimated])).toEqual([
      [2021, 25.23, false],
      [2022, 21.88, false],
      [2023, 23.54, false],
      [2024, 28.37, false],
      [2025, 38, true],
    ]);
  });

  it('zinc: keeps the U.S. (North American) and the exchange (LME) price apart', () => {
    const markets = story.get('zinc')!.prices.map((p) => p.market);
    expect(markets.sort()).toEqual(['exchange', 'us']);
  });

  it('concentration: silver top three 51.2% and HHI 1,121, computed from the listed countries', () => {
    // Mexico 6,300 + Peru 3,600 + China 3,400 of 26,000; the HHI squares every listed share.
    const listed = [6300, 3600, 3400, 1500, 1400, 1300, 1200, 1100, 1000, 800, 800, 630, 400, 400];
    const hhi = Math.round(listed.reduce((s, a) => s + ((a / 26000) * 100) ** 2, 0));
    expect(story.get('silver')!.concentration[0]).toMatchObject({
      top3SharePct: 51.2,
      hhi,
      countriesCounted: 14,
      otherCountriesPct: 8.1,
    });
    expect(hhi).toBe(1121);
  });

  it('rare earths: reserves stay "not reported" because the CSV has superseded values', () => {
    expect(story.get('rare-earth-elements')!.reserves).toEqual([
      { status: 'not-reported', reason: expect.stringContaining('corrected') },
    ]);
  });

  it('keeps reserves USGS describes in words ("Large") as printed, without a number', () => {
    expect(parseUsgsValue('Moderate to large')).toEqual({
      kind: 'descriptive',
      amount: null,
      display: 'Moderate to large',
    });
    expect(() => parseUsgsValue('12 tons')).toThrow();
  });

  it('stores ISO codes for countries and a kind for "Other countries", never a name', () => {
    for (const s of story.values()) {
      for (const r of s.reserves.flatMap((b) => (b.status === 'reported' ? b.countries : []))) {
        expect(r.place.kind === 'other-countries' || /^[A-Z]{2}$/.test(r.place.code)).toBe(true);
      }
    }
  });
});
