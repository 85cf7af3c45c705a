import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMatcherData } from '@/lib/dataset/matcher-data';
import { cueKeys, cueMatches, cueTrie } from '@/lib/recognize/cue-trie';
import { trieSource } from '@/lib/recognize/regex-trie';
import { readCorpus } from '../../corpus/parse-corpus';
import { BETWEEN_WORDS } from './separator-texts';

// The cue words are found by walking a trie instead of compiling their regex: the walk must find
// exactly what the regex finds, or a sentence's evidence would change.

const { cues } = loadMatcherData();
const trie = cueTrie(
  cueKeys(
    cues.exact.map(([key]) => key),
    cues.stems.map(([key]) => key),
  ),
);
const regex = new RegExp(cues.source, 'g');

/** What the regex finds in lowercased text, as the cue matcher ran it. */
const byRegex = (lower: string) => [...lower.matchAll(regex)].map((m) => [m.index, m.index + m[0].length]);

describe('cue words found by the trie', () => {
  it('finds what the regex finds in the corpus', () => {
    let found = 0;
    for (const page of readCorpus()) {
      for (const { text } of page.blocks) {
        const lower = text.toLowerCase();
        const expected = byRegex(lower);
        expect(cueMatches(trie, lower), text).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  it('finds what the regex finds in texts of the cue words', () => {
    const words = cues.cues.map(([word]) => word);
    const fragment = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.replace(/ /g, '-')),
      fc.constantFrom(...words).map((w) => `${w}s`),
      fc.constantFrom(...words).map((w) => w.slice(0, -1)),
      fc.constantFrom(...BETWEEN_WORDS, "'", '’', '_', 'é', 'ñ', 'x', '1', 'ǅ'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (parts) => {
        const lower = parts.join('').toLowerCase();
        expect(cueMatches(trie, lower)).toEqual(byRegex(lower));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds what the regex finds for any keys, in any order', () => {
    // Keys of a few letters, so that stems, longer keys and multi-word keys meet at one place.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', "'"), minLength: 1, maxLength: 3 });
    const key = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 2 }), fc.boolean())
      .map(([words, stem]) => words.join(' ') + (stem ? '*' : ''));
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'é', ' ', '-', "'", '’', 'x', '.'),
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 8 }), text, (keys, sample) => {
        const exact = keys.filter((k) => !k.endsWith('*'));
        const stems = keys.filter((k) => k.endsWith('*')).map((k) => k.slice(0, -1));
        // As compile-cues.ts writes the regex.
        const source = trieSource(cueKeys(exact, stems)).replaceAll('\\*', '[\\w\u00C0-\u024F]*');
        const keysRegex = new RegExp(`\\b(?:${source})(?![\\w\u00C0-\u024F])`, 'g');
        const expected = [...sample.matchAll(keysRegex)].map((m) => [m.index, m.index + m[0].length]);
        expect(cueMatches(cueTrie(cueKeys(exact, stems)), sample)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
