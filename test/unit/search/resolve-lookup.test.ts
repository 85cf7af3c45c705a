import { describe, expect, test } from 'vitest';
import entriesFile from '@/data/generated/entries.json';
import type { EntriesFile } from '@/lib/dataset/types';
import { MAX_LOOKUP_CHARS, resolveLookup } from '@/lib/search/resolve-lookup';
import { createSearchIndex } from '@/lib/search/search-index';

const index = createSearchIndex((entriesFile as EntriesFile).entries);

describe('resolveLookup (the context menu)', () => {
  test.each([
    ['lithium', 'lithium'],
    ['  Litio ', 'lithium'],
    ['tierras raras', 'rare-earth-elements'],
    ['T‑MEC', 'usmca'],
    ['the lithium,', 'lithium'],
    ["Beijing's rare earths controls", 'rare-earth-elements'],
    ['lithium-ion batteries', 'lithium'],
    ['«Las tierras raras y el litio son la prioridad»', 'rare-earth-elements'],
    ['Automakers say the Inflation Reduction Act rewards', 'inflation-reduction-act'],
    ['In', 'indium'],
  ])('"%s" opens %s', (selection, entryId) => {
    expect(resolveLookup(selection, index)).toEqual({ entryId });
  });

  test('short everyday words inside a sentence are not names', () => {
    // "in", "se" and "as" are indium, the Secretaría de Economía and arsenic only on their own.
    expect(resolveLookup('talks in Mexico as se dijo', index)).toEqual({
      query: 'talks in Mexico as se dijo',
    });
  });

  test('text that names no entry opens Browse with it as the query', () => {
    expect(resolveLookup('supply chains', index)).toEqual({ query: 'supply chains' });
  });

  test('empty and whitespace-only selections resolve to nothing', () => {
    expect(resolveLookup('', index)).toBeNull();
    expect(resolveLookup(' \n\t ', index)).toBeNull();
  });

  test('a huge selection is cut before it is searched', () => {
    const result = resolveLookup('word '.repeat(10_000), index);
    expect(result).toEqual({ query: expect.any(String) });
    expect((result as { query: string }).query.length).toBeLessThanOrEqual(MAX_LOOKUP_CHARS);
  });
});
