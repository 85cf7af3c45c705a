import { describe, expect, it } from 'vitest';
import type { ImportRelianceFigure, ProductionFigure } from '../../../lib/dataset/schema-figures';
import { parseCsv, toRecords, decodeUtf8 } from '../../../lib/dataset/usgs/csv';
import { readFig2, extractFigures } from '../../../lib/dataset/usgs/extract';
import { IMPORT_MAP } from '../../../lib/dataset/usgs/import-map';
import { isNotReported } from '../../../lib/dataset/usgs/import-spec';
import { readableCountry } from '../../../lib/dataset/usgs/countries';
import { readUsgsInput } from '../../../scripts/usgs-raw';
import { readRaw, ROOT } from './load';

/**
 * The import computes shares itself from the long CSV. USGS publishes its own summary tables
 * (Table 7, Figure 2) in the same release; agreeing with them proves the rows were chosen right.
 */
const TONNES_PER_UNIT: Record<string, number> = {
  'metric tons': 1,
  'thousand metric tons': 1000,
  'thousand metric dry tons': 1000,
  kilograms: 0.001,
};
const num = (s: string) => Number(s.replace(/,/g, ''));
const FIG2_DISAGREES = new Set(['lead']);

describe('USGS figures agree with the release’s own summary tables', () => {
  const figures = new Map(
    extractFigures(readUsgsInput(ROOT), Object.keys(IMPORT_MAP)).figures.map((f) => [f.id, f]),
  );
  const t7 = toRecords(parseCsv(decodeUtf8(readRaw('MCS2026_T7_Critical_Minerals_Salient.csv'))), 'T7');
  const t7Row = (label: string) =>
    t7.find((r) => r['Critical_mineral']!.trim().replace(/\d+$/, '') === label.replace(/\d+$/, ''));
  const fig2 = readFig2(decodeUtf8(readRaw('MCS2026_Fig2_Net_Import_Reliance.csv')));

  const productionChecks = Object.entries(IMPORT_MAP).flatMap(([id, spec]) =>
    spec.production.flatMap((p, i) => (!isNotReported(p) && p.t7 ? [{ id, i, label: p.t7 }] : [])),
  );
  it.each(productionChecks)(
    '$id matches Table 7 ($label): leading producer, share ±1 point, world total',
    ({ id, i, label }) => {
      const row = t7Row(label)!;
      expect(row, label).toBeDefined();
      const block = figures.get(id)!.production[i] as Extract<ProductionFigure, { status: 'reported' }>;
      const perTonne = TONNES_PER_UNIT[block.unit]!;
      if (block.countries.length === 0) expect(row['Leading_country_prod']).toBe('NA');
      else expect(block.countries[0]!.country).toBe(readableCountry(row['Leading_source_country']!));
      const share = num(row['Leading_source_precent_world']!);
      if (Number.isFinite(share))
        expect(Math.abs(block.countries[0]!.sharePct! - share)).toBeLessThanOrEqual(1);
      const world = num(row['World_total_prod']!);
      if (Number.isFinite(world)) expect(block.worldTotal!.amount! * perTonne).toBeCloseTo(world, 3);
    },
  );

  const relianceChecks = Object.entries(IMPORT_MAP).flatMap(([id, spec]) =>
    spec.importReliance.flatMap((n, i) => (!isNotReported(n) && n.fig2 ? [{ id, i, label: n.fig2 }] : [])),
  );
  it.each(relianceChecks)('$id matches Figure 2 ($label): reliance and major sources', ({ id, i, label }) => {
    const row = fig2.find((f) => f.commodity === label.trim())!;
    expect(row, label).toBeDefined();
    const block = figures.get(id)!.importReliance[i] as Extract<ImportRelianceFigure, { status: 'reported' }>;
    expect(block.display).toBe(row.display);
    const ours = block.majorSources.map((s) => s.country);
    // Figure 2 disagrees with the chapter data (and Figure 3) for lead; the note must say so.
    if (FIG2_DISAGREES.has(id)) return expect(block.notes.join(' ')).toMatch(/Figure 2 names/);
    for (const name of row.sources) expect(ours, `${id}: ${name}`).toContain(readableCountry(name));
  });

  it('checks a meaningful number of rows', () => {
    expect(productionChecks.length).toBeGreaterThanOrEqual(37);
    expect(relianceChecks.length).toBeGreaterThanOrEqual(40);
  });
});
