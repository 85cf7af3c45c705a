import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMatcherData } from '@/lib/dataset/matcher-data';
import { placeWordsAfter, placeWordsBefore, wordsMayHold } from '@/lib/recognize/phrase-pattern';
import { holdsAt } from '@/lib/recognize/placed-pattern';
import { readCorpus } from '../../corpus/parse-corpus';
import { BETWEEN_WORDS } from './separator-texts';

// A phrase's regex is compiled only where the text's words agree with the phrase's: that
// comparison must never say no where the regex would say yes, or a phrase would be missed.

const sides = loadMatcherData().senses.flatMap(([, sense]) =>
  sense.phrases.flatMap(([, , , before, after]) => [
    ...(before ? [{ side: 'before' as const, words: before.split(' ') }] : []),
    ...(after ? [{ side: 'after' as const, words: after.split(' ') }] : []),
  ]),
);
const placed = sides.map(({ side, words }) => {
  const regex = side === 'before' ? placeWordsBefore(words) : placeWordsAfter(words);
  // Every place it holds, in one search: a zero-width match at each.
  const source = side === 'before' ? regex.source : `(?=${regex.source})`;
  return { side, words, regex, everywhere: new RegExp(source, 'gi') };
});

/** Places in `text` where a phrase's regex holds but its words were said not to. */
function misses(text: string, at: readonly number[]): string[] {
  const found: string[] = [];
  for (const { side, words, regex } of placed) {
    for (const i of at) {
      if (!wordsMayHold(words, side, text, i) && holdsAt(regex, text, i))
        found.push(`${side} "${words.join(' ')}" at ${i} of ${JSON.stringify(text)}`);
    }
  }
  return found;
}

describe("a phrase's words before its regex", () => {
  it('rules out what the regex rules out, cheaply', () => {
    const text = 'They will take the lead, then the lead in the race.';
    const first = text.indexOf('lead');
    const second = text.indexOf('lead', first + 1);
    expect(wordsMayHold(['take', 'the'], 'before', text, first)).toBe(true);
    expect(wordsMayHold(['take', 'the'], 'before', text, second)).toBe(false);
    expect(wordsMayHold(['in', 'the', 'rac*'], 'after', text, second + 4)).toBe(true);
    expect(wordsMayHold(['in', 'the', 'rac*'], 'after', text, first + 4)).toBe(false);
  });

  it('never rules out a place where the regex holds, in the corpus', () => {
    const found: string[] = [];
    let holding = 0;
    for (const page of readCorpus()) {
      for (const { text } of page.blocks) {
        for (const { side, words, regex, everywhere } of placed) {
          for (const { index } of text.matchAll(everywhere)) {
            expect(holdsAt(regex, text, index)).toBe(true);
            holding++;
            if (!wordsMayHold(words, side, text, index)) found.push(`"${words.join(' ')}" at ${index}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
    // The corpus has phrases in it: the check saw them.
    expect(holding).toBeGreaterThan(100);
  }, 30_000);

  it("never rules out a place where the regex holds, in texts of the phrases' own words", () => {
    const words = [...new Set(sides.flatMap(({ words: w }) => w.map((x) => x.replace(/\*$/, ''))))];
    const ACCENTS: Record<string, string> = {
      a: 'áÁ',
      e: 'éÉ',
      i: 'íÍ',
      o: 'óÓ',
      u: 'úüÚÜ',
      n: 'ñÑ',
      "'": '’',
    };
    const variant = (word: string) =>
      fc.array(fc.nat(3), { minLength: word.length, maxLength: word.length }).map((picks) =>
        [...word]
          .map((c, i) => {
            const pick = picks[i]!;
            const accented = ACCENTS[c];
            if (pick === 1) return c.toUpperCase();
            if (pick >= 2 && accented) return accented[pick % accented.length]!;
            return c;
          })
          .join(''),
      );
    const fragment = fc.oneof(
      fc.constantFrom(...words).chain(variant),
      fc.constantFrom(...words).map((w) => `${w}s`),
      fc.constantFrom(...BETWEEN_WORDS, '(', 'a\u0301', 'İ', '\u212A'),
      fc.constantFrom('lead', 'silver', 'plata', 'plomo', 'tin'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const at = Array.from({ length: text.length + 1 }, (_, i) => i);
        expect(misses(text, at)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
