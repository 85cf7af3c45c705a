import { describe, expect, it } from 'vitest';
import { isCanonicalJson } from '../../../lib/dataset/canonical';
import { checkDataset } from '../../../lib/dataset/check-dataset';
import { FILES } from '../../../lib/dataset/parse-dataset';
import { loadDataset, loadFiles, readGenerated } from './load';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('ids', () => {
  const d = loadDataset();
  const entryIds = [...d.minerals, ...d.groups, ...d.policyTerms].map((e) => e.id);

  it('are lowercase slugs everywhere', () => {
    const all = [...entryIds, ...d.lists.map((l) => l.id), ...d.sources.map((s) => s.id)];
    expect(all.filter((id) => !SLUG.test(id))).toEqual([]);
  });

  it('are unique across minerals, groups and policy terms (the card looks up by id alone)', () => {
    expect(new Set(entryIds).size).toBe(entryIds.length);
  });

  it('do not collide between entries, lists and sources', () => {
    const all = [...entryIds, ...d.lists.map((l) => l.id), ...d.sources.map((s) => s.id)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('are sorted within every file', () => {
    for (const ids of [d.minerals, d.groups, d.policyTerms, d.lists, d.sources, d.figures.figures].map((l) =>
      l.map((e) => e.id),
    )) {
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('merge the reference duplicates: rare earths and PGMs are groups, not policy terms', () => {
    expect(d.groups.map((g) => g.id)).toEqual(['platinum-group-metals', 'rare-earth-elements']);
    expect(
      d.policyTerms.some((t) => t.id === 'rare-earth-elements' || t.id === 'platinum-group-metals'),
    ).toBe(false);
  });

  it('a duplicate or unsorted id is reported by the checks', () => {
    const copy = structuredClone(d);
    copy.minerals.splice(1, 0, structuredClone(copy.minerals[0]!));
    expect(checkDataset(copy).some((i) => i.message === 'duplicate id' && i.file === FILES.minerals)).toBe(
      true,
    );
  });
});

describe('canonical format', () => {
  const { texts } = loadFiles();
  it.each(Object.entries(FILES))('%s is JSON.stringify(parsed, null, 2) + newline', (key) => {
    expect(isCanonicalJson(texts[key as keyof typeof texts])).toBe(true);
  });
  it.each(['index', 'entries'] as const)('generated %s file is canonical', (key) => {
    expect(isCanonicalJson(readGenerated(key))).toBe(true);
  });
});
