import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import entriesFile from '@/data/generated/entries.json';
import type { EntriesFile } from '@/lib/dataset/types';
import { compactKey, normalizeForSearch } from '@/lib/search/normalize';
import { createSearchIndex } from '@/lib/search/search-index';

const file = entriesFile as EntriesFile;
const index = createSearchIndex(file.entries);
const top = (query: string, filters = {}) => index.search(query, filters)[0]?.entry.id;
const ids = (query: string, filters = {}) => index.search(query, filters).map((hit) => hit.entry.id);

describe('normalizeForSearch', () => {
  test.each([
    ['Litio', 'litio'],
    ['LÍTIO', 'litio'],
    ['Níquel', 'niquel'],
    ['T\u2011MEC', 't-mec'],
    ['T\u2010MEC', 't-mec'],
    ['T\u2013MEC', 't-mec'],
    ['T\u2212MEC', 't-mec'],
    ['  tierras   raras ', 'tierras raras'],
    ['Côte d’Ivoire', "cote d'ivoire"],
  ])('%s -> %s', (input, expected) => expect(normalizeForSearch(input)).toBe(expected));

  test('the compact key drops hyphens and the spaces around them', () => {
    expect(compactKey('t-mec')).toBe('tmec');
    expect(compactKey('rare - earth')).toBe('rareearth');
  });

  test('is idempotent and never longer than NFD of its input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.normalize('NFD').length);
      }),
    );
  });
});

describe('search', () => {
  test.each([
    ['litio', 'lithium'],
    ['Litio', 'lithium'],
    ['LITIO', 'lithium'],
    ['tierras raras', 'rare-earth-elements'],
    ['Tierras Raras', 'rare-earth-elements'],
    ['T-MEC', 'usmca'],
    ['T\u2011MEC', 'usmca'],
    ['tmec', 'usmca'],
    ['USMCA', 'usmca'],
    ['niquel', 'nickel'],
    ['níquel', 'nickel'],
    ['Li', 'lithium'],
    ['cobalt', 'cobalt'],
  ])('"%s" finds %s first', (query, id) => expect(top(query)).toBe(id));

  test('ranks exact before prefix before word before substring', () => {
    const hits = index.search('rare earth');
    expect(hits[0]!.rank).toBe('exact');
    const ranks = hits.map((hit) => hit.rank);
    const order = ['exact', 'prefix', 'word', 'substring'];
    expect(ranks.map((rank) => order.indexOf(rank!))).toEqual(
      [...ranks.map((rank) => order.indexOf(rank!))].sort((a, b) => a - b),
    );
  });

  test('a prefix finds every name that starts with it', () => {
    const found = ids('lith');
    expect(found[0]).toBe('lithium');
    expect(index.search('lith')[0]!.rank).toBe('prefix');
  });

  test('a word inside a name is found: "raras", "reduction"', () => {
    expect(ids('raras')).toContain('rare-earth-elements');
    expect(ids('reduction')).toContain('inflation-reduction-act');
  });

  test('says which name matched when it is not the display name', () => {
    const hit = index.search('T-MEC')[0]!;
    expect(hit.matched).toEqual({ text: 'T-MEC', source: 'alias' });
  });

  test('an empty query lists every entry by name, filters applied', () => {
    expect(index.search('')).toHaveLength(file.entries.length);
    const battery = index.search('', { category: 'battery-metal' }).map((hit) => hit.entry.name);
    expect(battery).toEqual([...battery].sort((a, b) => a.localeCompare(b)));
    expect(battery).toContain('Lithium');
  });

  test('nothing matches nonsense', () => {
    expect(index.search('zzzqqq')).toEqual([]);
  });

  test('filters by category', () => {
    const found = index.search('', { category: 'export-control' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((hit) => hit.entry.category === 'export-control')).toBe(true);
  });

  test('filters by group: the group and its members', () => {
    const found = ids('', { group: 'rare-earth-elements' });
    expect(found).toContain('rare-earth-elements');
    expect(found).toContain('neodymium');
    expect(found).not.toContain('lithium');
    expect(found).toHaveLength(17);
  });

  test('filters by list membership: on the EU strategic list', () => {
    const found = ids('', { list: 'eu-crma-strategic' });
    expect(found).toContain('lithium');
    expect(found).toContain('rare-earth-elements');
    // Listed only as "not verified" or not at all: never a yes.
    for (const id of found) {
      const entry = file.entries.find((e) => e.id === id)!;
      if (entry.kind === 'mineral') {
        expect(entry.memberships.find((m) => m.listId === 'eu-crma-strategic')?.listed).toBe(true);
      }
      expect(entry.kind).not.toBe('policy');
    }
  });

  test('a group is on a list that names any of its members', () => {
    expect(ids('', { list: 'usgs-2025' })).toContain('rare-earth-elements');
  });

  test('filters combine with the query', () => {
    expect(ids('tierras', { list: 'usgs-2025' })).toEqual(['rare-earth-elements']);
    expect(ids('litio', { category: 'law' })).toEqual(['mexico-lithium-nationalization']);
    // China's October 2025 lithium battery controls (Announcement No. 58) are the one lithium export control.
    expect(ids('litio', { category: 'export-control' })).toEqual([
      'china-export-control-lithium-battery-graphite-anode-2025',
    ]);
  });

  test('every entry is found first by its own name', () => {
    for (const entry of file.entries) {
      const hit = index.search(entry.name)[0]!;
      expect(hit.rank, entry.id).toBe('exact');
      expect(
        index
          .search(entry.name)
          .filter((h) => h.rank === 'exact')
          .map((h) => h.entry.id),
      ).toContain(entry.id);
    }
  });

  test('Spanish display names sort the list in Spanish', () => {
    const es = createSearchIndex(file.entries, 'es');
    const names = (i: typeof index) =>
      i.search('', { group: 'platinum-group-metals' }).map((h) => h.entry.id);
    // "Metales del grupo del platino" sorts after "Iridio"; "Platinum group metals" after "Platinum".
    expect(names(es).slice(0, 2)).toEqual(['iridium', 'platinum-group-metals']);
    expect(names(index).indexOf('platinum-group-metals')).toBe(names(index).indexOf('platinum') + 1);
  });
});
