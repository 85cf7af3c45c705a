import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMatcherData } from '@/lib/dataset/matcher-data';
import { phraseWords, phraseWordsHold } from '@/lib/recognize/phrase-pattern';
import { readCorpus } from '../../corpus/parse-corpus';
import { phraseRegex } from './phrase-regex-path';
import { BETWEEN_WORDS } from './separator-texts';
import { writtenVariant } from './written-variants';

// A phrase is decided by comparing its words with the text's, where each side of it once compiled
// a regex: the comparison must hold exactly where that regex holds, or a judgement would change.

const sides = loadMatcherData().senses.flatMap(([, sense]) =>
  sense.phrases.flatMap(([, , , before, after]) => [
    ...(before ? [{ side: 'before' as const, words: before.split(' ') }] : []),
    ...(after ? [{ side: 'after' as const, words: after.split(' ') }] : []),
  ]),
);

interface Side {
  readonly side: 'before' | 'after';
  readonly words: readonly string[];
}

/** Both ways of deciding one side: the old regex (every place it holds, in one search) and the words. */
function judges({ side, words }: Side) {
  const regex = phraseRegex(words, side);
  const source = side === 'before' ? regex.source : `(?=${regex.source})`;
  return { side, words, everywhere: new RegExp(source, 'gi'), compared: phraseWords(words) };
}
const lexicon = sides.map(judges);

/** Where the regex and the words disagree in `text`, as readable lines. */
function disagreements(text: string, checked: readonly ReturnType<typeof judges>[]): string[] {
  const found: string[] = [];
  for (const { side, words, everywhere, compared } of checked) {
    const byRegex = new Set([...text.matchAll(everywhere)].map((m) => m.index));
    for (let at = 0; at <= text.length; at++) {
      if (phraseWordsHold(compared, side, text, at) !== byRegex.has(at))
        found.push(
          `${side} "${words.join(' ')}" at ${at} of ${JSON.stringify(text)}: regex ${byRegex.has(at)}`,
        );
    }
  }
  return found;
}

/** Text near a phrase's edges: separators, letters that fold oddly, a combining accent. */
const odd = fc.constantFrom(
  ...BETWEEN_WORDS,
  '(',
  '_',
  '1',
  'a\u0301',
  'ⱥ',
  'ɓ',
  'µ',
  'ß',
  '\u3000',
  '\uFEFF',
  '\u2028',
);

describe("a phrase's words", () => {
  it('hold where the words are, in any case and with accents, and not in a longer word', () => {
    const text = 'They will TAKE the lead, then the lead in the RACEs, then taketh  the lead.';
    const first = text.indexOf('lead');
    const second = text.indexOf('lead', first + 1);
    const third = text.lastIndexOf('lead');
    const takeThe = phraseWords(['take', 'the']);
    const inTheRace = phraseWords(['in', 'the', 'rac*']);
    expect(phraseWordsHold(takeThe, 'before', text, first)).toBe(true);
    expect(phraseWordsHold(takeThe, 'before', text, second)).toBe(false);
    expect(phraseWordsHold(takeThe, 'before', text, third)).toBe(false);
    expect(phraseWordsHold(inTheRace, 'after', text, second + 4)).toBe(true);
    expect(phraseWordsHold(inTheRace, 'after', text, first + 4)).toBe(false);
    expect(phraseWordsHold(phraseWords(['plomo']), 'after', 'plata o PLOMÓ', 'plata o'.length)).toBe(true);
  });

  it("hold exactly where the lexicon's regexes held, in the corpus", () => {
    const found: string[] = [];
    let holding = 0;
    for (const page of readCorpus()) {
      for (const { text } of page.blocks) {
        found.push(...disagreements(text, lexicon));
        for (const { everywhere } of lexicon) holding += [...text.matchAll(everywhere)].length;
      }
    }
    expect(found).toEqual([]);
    // The corpus has phrases in it: the check saw them.
    expect(holding).toBeGreaterThan(100);
  }, 60_000);

  it("hold exactly where the lexicon's regexes held, in texts of the phrases' own words", () => {
    const words = [...new Set(sides.flatMap(({ words: w }) => w.map((x) => x.replace(/\*$/, ''))))];
    const fragment = fc.oneof(
      fc.constantFrom(...words).chain(writtenVariant),
      fc.constantFrom(...words).map((w) => `${w}s`),
      odd,
      fc.constantFrom('lead', 'silver', 'plata', 'plomo', 'tin'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 10 }), (parts) => {
        expect(disagreements(parts.join(''), lexicon)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('hold exactly where a regex would for any phrase: stems on either side, apostrophes, commas', () => {
    const letter = fc.constantFrom('a', 'n', 'u', 'k', 's', 'o', "'", ',', '.', '1');
    const word = fc
      .tuple(fc.array(letter, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([letters, stem]) => letters.join('') + (stem ? '*' : ''));
    const phrase = fc.record({
      side: fc.constantFrom('before' as const, 'after' as const),
      words: fc.array(word, { minLength: 1, maxLength: 3 }),
    });
    const text = (words: readonly string[]) =>
      fc
        .array(
          fc.oneof(
            fc.constantFrom(...words.map((w) => w.replace(/\*$/, ''))).chain(writtenVariant),
            letter,
            odd,
            fc.constantFrom(...BETWEEN_WORDS),
          ),
          { maxLength: 14 },
        )
        .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        phrase.chain((p) => fc.tuple(fc.constant(p), text(p.words))),
        ([p, t]) => {
          expect(disagreements(t, [judges(p)])).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
