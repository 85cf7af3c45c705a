import { describe, expect, test } from 'vitest';
import entriesFile from '@/data/generated/entries.json';
import type { EntriesFile } from '@/lib/dataset/types';
import { createBrowseStore } from '@/lib/panel/browse-store';
import { resolveLookup } from '@/lib/search/resolve-lookup';
import { createSearchIndex } from '@/lib/search/search-index';

// "Look up in Mineral Lens" and the search box take text a page chose (a selection): names of
// Object.prototype's properties must be searched like any other words, never looked up.
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const entries = (entriesFile as EntriesFile).entries;

describe('page text in the look-up fallback and the search box', () => {
  test.each(['en', 'es'])('searches find nothing for prototype names (UI %s)', (locale) => {
    const index = createSearchIndex(entries, locale);
    for (const name of PROTOTYPE_NAMES) {
      expect(index.search(name)).toEqual([]);
      expect(index.search(name, { category: name, group: name, list: name })).toEqual([]);
      expect(resolveLookup(name, index)).toEqual({ query: name });
      expect(resolveLookup(`the ${name} of lithium`, index)).toEqual({ entryId: 'lithium' });
    }
  });

  test('the browse store takes them as a query, and still finds lithium afterwards', () => {
    const browse = createBrowseStore(createSearchIndex(entries));
    for (const name of PROTOTYPE_NAMES) {
      browse.setQuery(name);
      expect(browse.getSnapshot().results).toEqual([]);
    }
    browse.setQuery('litio');
    expect(browse.getSnapshot().results[0]?.entry.id).toBe('lithium');
  });
});
