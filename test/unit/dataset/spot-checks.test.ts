import { describe, expect, it } from 'vitest';
import type { ImportRelianceFigure, ProductionFigure } from '../../../lib/dataset/schema-figures';
import { loadDataset } from './load';

// Hand-checked against MCS2026_Commodities_Data.csv (data year 2025, USGS estimates).
describe('spot checks against the USGS CSV', () => {
  const figures = new Map(loadDataset().figures.figures.map((f) => [f.id, f]));
  const prod = (id: string, i = 0) =>
    figures.get(id)!.production[i] as Extract<ProductionFigure, { status: 'reported' }>;
  const nir = (id: string, i = 0) =>
    figures.get(id)!.importReliance[i] as Extract<ImportRelianceFigure, { status: 'reported' }>;

  it('cobalt: DR Congo mined 230,000 t of a world 310,000 t (74.2%)', () => {
    expect(prod('cobalt').countries[0]).toMatchObject({
      country: 'DR Congo',
      usgsName: 'Congo (Kinshasa)',
      amount: 230000,
      sharePct: 74.2,
    });
    expect(prod('cobalt').worldTotal).toMatchObject({ amount: 310000, estimated: true });
    expect(nir('cobalt')).toMatchObject({ display: '79', pct: 79 });
  });

  it('rare earths: China 270,000 t REO of 390,000 t (69.2%); U.S. reliance 67% for compounds and metals', () => {
    expect(prod('rare-earth-elements').countries[0]).toMatchObject({
      country: 'China',
      amount: 270000,
      sharePct: 69.2,
    });
    expect(nir('rare-earth-elements')).toMatchObject({
      display: '67',
      basis: 'Rare-earth compounds and metals',
    });
  });

  it('lithium: Australia 92,000 t of 290,000 t (31.7%), world total excludes U.S. output', () => {
    expect(prod('lithium').countries[0]).toMatchObject({
      country: 'Australia',
      amount: 92000,
      sharePct: 31.7,
    });
    expect(prod('lithium').notes).toContain('Excludes U.S. production.');
  });

  it('nickel: Indonesia 2,600,000 t of 3,900,000 t (66.7%)', () => {
    expect(prod('nickel').countries[0]).toMatchObject({
      country: 'Indonesia',
      amount: 2600000,
      sharePct: 66.7,
    });
  });

  it('gallium: China 900,000 kg = the rounded world total; U.S. 100% import-reliant', () => {
    expect(prod('gallium').countries[0]).toMatchObject({ country: 'China', amount: 900000, sharePct: 100 });
    expect(nir('gallium')).toMatchObject({ display: '100' });
  });

  it('aluminum: China smelted 45,000 of 74,000 kt; Guinea mined 150,000 of 440,000 kt of bauxite', () => {
    expect(prod('aluminum').countries[0]).toMatchObject({ country: 'China', amount: 45000, sharePct: 60.8 });
    expect(prod('aluminum', 1).countries[0]).toMatchObject({
      country: 'Guinea',
      amount: 150000,
      sharePct: 34.1,
    });
  });
});
