import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../lib/dataset/build-dataset';
import type { MineralEntry } from '../../../lib/dataset/schema-output';
import { decodeUtf8, parseCsv, toRecords } from '../../../lib/dataset/usgs/csv';
import { loadDataset, readRaw } from './load';

const ADDED_IN_2025 = [
  'boron',
  'copper',
  'lead',
  'metallurgical-coal',
  'phosphate',
  'potash',
  'rhenium',
  'silicon',
  'silver',
  'uranium',
];

describe('lists', () => {
  const d = loadDataset();
  const built = buildDataset(d);
  const mineral = (id: string) => built.entries.entries.find((e) => e.id === id) as MineralEntry;
  const membership = (id: string, listId: string) =>
    mineral(id).memberships.find((m) => m.listId === listId)!;

  it.each(d.lists.map((l) => [l.id, l] as const))('%s has as many items as its official count', (_, list) => {
    expect(list.items).toHaveLength(list.officialCount);
    expect(new Set(list.items.map((i) => i.as)).size).toBe(list.items.length);
  });

  it('carries the lists the product promises, with their official counts', () => {
    const counts = Object.fromEntries(d.lists.map((l) => [l.id, l.officialCount]));
    expect(counts).toMatchObject({
      'usgs-2025': 60,
      'usgs-2022': 50,
      'eu-crma-critical': 34,
      'eu-crma-strategic': 17,
      'canada-2024': 34,
      'australia-critical-2024': 31,
      'australia-strategic-2024': 5,
      'india-2023': 30,
      'japan-rare-metals': 31,
      'mexico-sought-2026': 13,
    });
  });

  it('the USGS 2025 list is the 60 minerals of MCS 2026 Table 6, one entry each', () => {
    const t6 = toRecords(parseCsv(decodeUtf8(readRaw('MCS2026_T6_Critical_Minerals_End_Use.csv'))), 'T6');
    const names = t6.map((r) =>
      r['Critical_Mineral']!.trim().toLowerCase().replace('phosphate rock', 'phosphate'),
    );
    const list = d.lists.find((l) => l.id === 'usgs-2025')!;
    expect(list.items.map((i) => i.as).sort()).toEqual(names.sort());
    expect(list.items.every((i) => i.entryIds.length === 1)).toBe(true);
  });

  it('derives "new in 2025" as the ten minerals added to the 2022 list', () => {
    const fresh = built.entries.entries
      .filter((e): e is MineralEntry => e.kind === 'mineral' && e.newIn2025)
      .map((e) => e.id);
    expect(fresh.sort()).toEqual(ADDED_IN_2025);
  });

  it('keeps cadmium as an entry that is on Mexico’s list but not on the USGS 2025 list', () => {
    expect(mineral('cadmium').onUsgs2025List).toBe(false);
    expect(membership('cadmium', 'mexico-sought-2026')).toMatchObject({ listed: true, as: ['cadmio'] });
    expect(membership('cadmium', 'usgs-2025').listed).toBe(false);
  });

  it("records each list's own wording where it names a group", () => {
    expect(membership('dysprosium', 'eu-crma-critical').as).toEqual(['Heavy rare earth elements']);
    expect(membership('neodymium', 'eu-crma-critical').as).toEqual(['Light rare earth elements']);
    expect(membership('rhodium', 'india-2023').as).toEqual(['PGE']);
    expect(membership('graphite', 'eu-crma-strategic').as).toEqual(['Graphite — battery grade']);
    expect(membership('metallurgical-coal', 'eu-crma-critical').as).toEqual(['Coking coal']);
  });

  it('keeps "not verified" (null) distinct from "not listed" (false)', () => {
    expect(membership('scandium', 'india-2023').listed).toBeNull();
    expect(membership('scandium', 'japan-rare-metals').listed).toBeNull();
    expect(membership('copper', 'japan-rare-metals').listed).toBe(false);
    expect(membership('scandium', 'eu-crma-critical').listed).toBe(true);
  });

  it("carries the Japan list's reliability note", () => {
    const japan = d.lists.find((l) => l.id === 'japan-rare-metals')!;
    expect(japan.reliability).toBe('secondary');
    expect(japan.note).toMatch(/weakest-sourced/);
  });

  it('every list names its jurisdiction, year and a resolvable source', () => {
    for (const l of d.lists) {
      expect(l.jurisdiction.length, l.id).toBeGreaterThan(1);
      expect(l.year, l.id).toBeGreaterThanOrEqual(2009);
      expect(
        d.sources.some((s) => s.id === l.source.sourceId),
        l.id,
      ).toBe(true);
    }
  });
});
