import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../../lib/dataset/canonical';
import type { ProductionFigure } from '../../../lib/dataset/schema-figures';
import { extractFigures } from '../../../lib/dataset/usgs/extract';
import { OVER_TOTAL } from '../../../lib/dataset/usgs/extract-production';
import { IMPORT_MAP } from '../../../lib/dataset/usgs/import-map';
import { readUsgsInput } from '../../../scripts/usgs-raw';
import { loadDataset, ROOT } from './load';

type Reported = Extract<ProductionFigure, { status: 'reported' }>;

describe('USGS figures (data/usgs-figures.json)', () => {
  const input = readUsgsInput(ROOT);
  const fresh = extractFigures(input, Object.keys(IMPORT_MAP));
  const byId = new Map(fresh.figures.map((f) => [f.id, f]));
  const headline = (id: string) => byId.get(id)!.production[0] as Reported;

  it('the committed file equals a fresh import of the raw files', () => {
    expect(readFileSync(join(ROOT, 'data/usgs-figures.json'), 'utf8')).toBe(toCanonicalJson(fresh));
  });

  it('is deterministic: two runs give identical bytes', () => {
    expect(toCanonicalJson(extractFigures(readUsgsInput(ROOT), Object.keys(IMPORT_MAP)))).toBe(
      toCanonicalJson(fresh),
    );
  });

  it('covers every mineral and group of the dataset, and nothing else', () => {
    const d = loadDataset();
    expect(fresh.figures.map((f) => f.id)).toEqual([...d.minerals, ...d.groups].map((e) => e.id).sort());
  });

  it('gives every reported figure a data year of 2025 and the exact rows it came from', () => {
    expect(fresh.dataYear).toBe(2025);
    for (const f of fresh.figures) {
      for (const b of [...f.production, ...f.importReliance]) {
        expect(b.status === 'reported' ? b.source.sourceId : b.sourceId).toBe('usgs-mcs-2026-data');
        if (b.status === 'reported') {
          expect(b.year, f.id).toBe(2025);
          expect(b.source.chapter && b.source.statisticsDetail, f.id).toBeTruthy();
        }
      }
    }
  });

  it.each([
    'cerium',
    'dysprosium',
    'erbium',
    'europium',
    'gadolinium',
    'holmium',
    'lanthanum',
    'lutetium',
    'neodymium',
    'praseodymium',
    'samarium',
    'terbium',
    'thulium',
    'ytterbium',
    'iridium',
    'rhodium',
    'ruthenium',
    'germanium',
    'hafnium',
    'cesium',
    'rubidium',
    'uranium',
    'metallurgical-coal',
  ])('says explicitly that USGS reports no production figure for %s', (id) => {
    const [block] = byId.get(id)!.production;
    expect(block!.status).toBe('not-reported');
    expect(block!.status === 'not-reported' && block!.reason.length).toBeGreaterThan(20);
  });

  it.each(['iridium', 'rhodium', 'ruthenium', 'uranium', 'metallurgical-coal', 'neodymium'])(
    'says explicitly that USGS reports no import reliance for %s',
    (id) => expect(byId.get(id)!.importReliance[0]!.status).toBe('not-reported'),
  );

  it('uses group figures only labelled as the group’s', () => {
    expect(headline('rare-earth-elements').scope).toBe('group');
    const nd = byId.get('neodymium')!.production[0]!;
    expect(nd.status === 'not-reported' && nd.groupEntryId).toBe('rare-earth-elements');
    // Dysprosium too: the MCS 2026 heavy rare earths chapter covers it (it prices dysprosium oxide).
    for (const id of ['dysprosium', 'terbium', 'holmium', 'erbium', 'ytterbium', 'lutetium']) {
      const nir = byId.get(id)!.importReliance[0]!;
      expect(nir.status === 'reported' && nir.scope, id).toBe('group');
      expect(nir.status === 'reported' && nir.basis, id).toMatch(/group figure/);
    }
    for (const f of fresh.figures.filter((x) => x.id !== 'rare-earth-elements')) {
      for (const b of f.production) if (b.status === 'reported') expect(b.scope, f.id).toBe('mineral');
    }
  });

  it('computes shares from the rounded world total, one decimal', () => {
    for (const f of fresh.figures) {
      for (const b of f.production) {
        if (b.status !== 'reported' || b.worldTotal?.amount == null) continue;
        for (const c of b.countries) {
          if (c.sharePct !== null)
            expect(c.sharePct, `${f.id} ${c.country}`).toBe(
              Math.round((c.amount! / b.worldTotal.amount) * 1000) / 10,
            );
        }
        const sum = b.countries.reduce((s, c) => s + (c.sharePct ?? 0), 0);
        if (sum > 100.5) expect(b.notes, f.id).toContain(OVER_TOTAL);
      }
    }
  });

  it("flags gallium's world total, which equals China's figure", () => {
    const ga = headline('gallium');
    expect(ga.countries[0]).toMatchObject({ country: 'China', amount: 900000, sharePct: 100 });
    expect(ga.notes.join(' ')).toMatch(/equals China's estimate/);
  });

  it('keeps codes as printed: boron has no world total and no shares; yttrium has a range', () => {
    const b = headline('boron');
    expect(b.worldTotal).toBeNull();
    expect(b.countries[0]).toMatchObject({ country: 'Turkey', form: 'refined borates', sharePct: null });
    const y = headline('yttrium');
    expect(y.worldTotal).toMatchObject({
      amount: null,
      low: 10000,
      high: 15000,
      display: '10,000–15,000',
      estimated: true,
    });
    expect(byId.get('hafnium')!.importReliance[0]).toMatchObject({
      display: 'NA',
      qualifier: 'not-available',
      pct: null,
    });
    expect(byId.get('beryllium')!.importReliance[0]).toMatchObject({
      display: 'E',
      qualifier: 'net-exporter',
    });
    expect(byId.get('lithium')!.importReliance[0]).toMatchObject({
      display: '>50',
      qualifier: 'greater-than',
      pct: 50,
    });
  });

  it('never imports the rows corrected by the MCS 2026 revision history', () => {
    // Reserves are imported now, but never the rare-earth ones that v1.3 corrected in the report.
    const text = toCanonicalJson(fresh);
    expect(text).not.toMatch(
      /"chapter": "RARE EARTHS",\s*"section": "[^"]*",\s*"commodity": "[^"]*",\s*"statisticsDetail": "[^"]*[Rr]eserves/,
    );
    expect(text).not.toContain('"display": "21,000,000"');
    expect(text).not.toContain('>85,000,000');
  });
});
