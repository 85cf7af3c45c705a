import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../lib/dataset/build-dataset';
import { toCanonicalJson } from '../../../lib/dataset/canonical';
import { CATEGORIES } from '../../../lib/dataset/categories';
import { createEntryLookup } from '../../../lib/dataset/lookups';
import { EntriesFileSchema } from '../../../lib/dataset/schema-output';
import { compileMatcherData } from '../../../lib/recognize/compile-matcher';
import { nameStartsOf } from '../../../lib/recognize/compile-name-starts';
import { loadDataset, readGenerated } from './load';

describe('generated artifacts', () => {
  const built = buildDataset(loadDataset());

  it('the committed match index equals a fresh generation', () => {
    expect(readGenerated('index')).toBe(toCanonicalJson(built.index));
  });

  it('the committed entries equal a fresh generation', () => {
    expect(readGenerated('entries')).toBe(toCanonicalJson(built.entries));
  });

  it('the committed matcher data equals a fresh compilation of the index (npm run data:check)', () => {
    expect(readGenerated('matcher')).toBe(`${JSON.stringify(compileMatcherData(built.index))}\n`);
  });

  it('the committed name starts equal those of a fresh compilation (npm run data:check)', () => {
    expect(readGenerated('nameStarts')).toBe(
      `${JSON.stringify(nameStartsOf(compileMatcherData(built.index)))}\n`,
    );
  });

  it('the entries validate against their own schema', () => {
    expect(EntriesFileSchema.safeParse(built.entries).error?.issues ?? []).toEqual([]);
  });

  it('the match index is compact: ids, categories, labels, match strings and hints only', () => {
    for (const term of built.index.terms) {
      expect(Object.keys(term).sort()).toEqual(['aliases', 'category', 'id', 'kind', 'label', 'negatives']);
      expect(
        CATEGORIES.some((c) => c.slug === term.category),
        term.id,
      ).toBe(true);
    }
    expect(JSON.stringify(built.index).length).toBeLessThan(80_000);
  });

  it('group entries take the category of their members; policy terms their kind', () => {
    const term = (id: string) => built.index.terms.find((t) => t.id === id)!;
    expect(term('rare-earth-elements').category).toBe(term('neodymium').category);
    expect(term('platinum-group-metals').category).toBe(term('platinum').category);
    expect(term('usmca')).toMatchObject({ kind: 'policy', category: 'agreement' });
  });

  it('every figure in the entries carries a year and a source', () => {
    for (const e of built.entries.entries) {
      if (e.kind === 'policy' || !e.figures) continue;
      for (const b of [...e.figures.production, ...e.figures.importReliance]) {
        if (b.status === 'reported')
          expect([b.year, b.source.sourceId], e.id).toEqual([2025, 'usgs-mcs-2026-data']);
        else expect(b.sourceId, e.id).toBe('usgs-mcs-2026-data');
      }
      if (e.kind === 'mineral' && e.chinaRefiningShare) expect(e.chinaRefiningShare.year).toBe(2025);
    }
  });

  it('takes China’s refining share only from USGS processing tables', () => {
    const look = createEntryLookup(built.entries);
    expect(look.mineral('gallium')!.chinaRefiningShare).toMatchObject({
      pct: 100,
      basis: expect.stringMatching(/gallium/),
    });
    expect(look.mineral('cobalt')!.chinaRefiningShare).toBeNull();
    expect(look.mineral('neodymium')!.chinaRefiningShare).toBeNull();
    expect(look.mineral('gallium')!.exportControlIds).toContain(
      'china-export-control-gallium-germanium-2023',
    );
  });

  it('lookups resolve entries, groups, lists and sources for the card', () => {
    const look = createEntryLookup(built.entries);
    expect(look.members('platinum-group-metals').map((m) => m.id)).toHaveLength(5);
    expect(look.listsFor('cobalt').map((l) => l.list.id)).toContain('eu-crma-strategic');
    expect(look.source('usgs-mcs-2026-data')?.url).toMatch(/doi\.org/);
    expect(look.policy('lithium')).toBeUndefined();
  });
});
