import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMatcherData } from '@/lib/dataset/matcher-data';
import { CueKeys } from '@/lib/recognize/cue-keys';
import { instantiateCues } from '@/lib/recognize/cue-matcher';
import { CUE_GROUPS } from '@/lib/recognize/lexicon/cues';
import { trieSource } from '@/lib/recognize/regex-trie';
import { readCorpus } from '../../corpus/parse-corpus';
import { cueRegexMatches, cueRegexSource } from './cue-regex-path';
import { BETWEEN_WORDS } from './separator-texts';
import { writtenVariant } from './written-variants';

// The cue words are looked up word by word where one regex of all of them ran over each sentence:
// the look-up must find what the regex found, the same cue where several start at one place.

const data = loadMatcherData().cues;
const source = cueRegexSource(CUE_GROUPS);
const keys = new CueKeys(data.finder);
/** Every key the tables hold, by rank. */
const ranked = [
  ...data.finder.runs.flatMap(([, runs]) =>
    runs.flatMap(([run, list]) => list.map(([rank, rest]) => [rank, run + rest] as const)),
  ),
  ...data.finder.stems.flatMap(([, list]) => list.map(([rank, stem]) => [rank, `${stem}*`] as const)),
  ...data.finder.spaced,
]
  .sort(([a], [b]) => a - b)
  .map(([, key]) => key);

/** What the look-up finds in text[from, to), as the regex path reports it. */
function lookedUp(text: string, from: number, to: number): [number, number, string][] {
  const original = text.slice(from, to);
  const lower = original.toLowerCase();
  const sameLength = lower.length === original.length;
  const window = sameLength ? lower : original;
  const found = keys.locate(sameLength ? lower : keys.foldedView(original));
  const pairs: [number, number, string][] = [];
  for (let j = 0; j < found.length; j += 2)
    pairs.push([from + found[j]!, from + found[j + 1]!, window.slice(found[j], found[j + 1])]);
  return pairs;
}

/** A key as a page may write it (see written-variants.ts). */
const written = (key: string) => writtenVariant(key.replace(/^ /, '').replace(/\*$/, ''));

describe('cue words looked up word by word', () => {
  it("are the regex's keys, in its order of preference", () => {
    expect(ranked.length).toBeGreaterThan(500);
    const rebuilt = `\\b(?:${trieSource(ranked).replaceAll('\\*', '[\\w\u00C0-\u024F]*')})(?![\\w\u00C0-\u024F])`;
    expect(rebuilt).toBe(source);
  });

  it('are found where the regex found them, preferring the same cue', () => {
    const text = 'Ore grades, the ORE and a semi-final; supply-chains of the U.S. Mint, 401(k) and el álbum.';
    const found = lookedUp(text, 0, text.length);
    expect(found.map(([, , m]) => m)).toEqual([
      'ore grades',
      'ore',
      'semi-final',
      'supply-chains',
      'u.s. mint',
      '401(k)',
      ' álbum',
    ]);
    expect(found).toEqual(cueRegexMatches(source, text, 0, text.length));
  });

  it('turn into the cues the regex turned into, with the same quotes', () => {
    const text = 'Medals and the semifinal were on the LME, with álbumes.';
    const hits = instantiateCues(data).find(text, 0, text.length);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.cues[0]!.topic])).toEqual([
      ['Medals', 'sport'],
      ['semifinal', 'sport'],
      ['LME', 'mining'],
      ['álbumes', 'music and film'],
    ]);
    const ends = cueRegexMatches(source, text, 0, text.length).map(([, end]) => end);
    expect(hits.map((h) => h.end)).toEqual(ends);
  });

  it('are found where the regex found them, in every block of the corpus and its sentences', () => {
    let count = 0;
    for (const page of readCorpus()) {
      for (const { text } of page.blocks) {
        for (let from = 0; from < text.length; from += 97) {
          const to = Math.min(text.length, from + 320);
          const expected = cueRegexMatches(source, text, from, to);
          expect(lookedUp(text, from, to)).toEqual(expected);
          count += expected.length;
        }
      }
    }
    expect(count).toBeGreaterThan(200);
  });

  const fragment = fc.oneof(
    fc.constantFrom(...ranked).chain(written),
    fc.constantFrom(
      ...BETWEEN_WORDS,
      '_',
      '1',
      'é',
      'Á',
      'İ',
      '\u212A',
      'ⱥ',
      'ɓ',
      '(',
      '.',
      "'",
      '’',
      's',
      'es',
    ),
    fc.string({ maxLength: 3 }),
  );

  it("are found where the regex found them, in texts of the cues' own words", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 16 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(lookedUp(text, from, to)).toEqual(cueRegexMatches(source, text, from, to));
      }),
      { numRuns: 4000 },
    );
  });

  it('are found where the regex found them in a sentence read case-folded, one with an "İ"', () => {
    // Its lowercase is longer than it, so the regex read it with its `i` flag, not lowercased.
    for (const text of ['İ ALLOYⱥ and ALLOYS', 'İ PLÁTANOS and x ÁLBUM', 'İ Batería'])
      expect(lookedUp(text, 0, text.length)).toEqual(cueRegexMatches(source, text, 0, text.length));
    const capitals = fc.constantFrom(...ranked.map((key) => key.trim().replace(/\*$/, 's').toUpperCase()));
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, capitals, fc.constant(' ')), { maxLength: 12 }), (parts) => {
        const text = `İ ${parts.join('')}`;
        expect(lookedUp(text, 0, text.length)).toEqual(cueRegexMatches(source, text, 0, text.length));
      }),
      { numRuns: 3000 },
    );
  });
});
