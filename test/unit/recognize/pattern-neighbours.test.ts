import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMatcherData } from '@/lib/dataset/matcher-data';
import { PlacedRules, type PlacedRuleData } from '@/lib/recognize/instantiate-sense';
import { patternNeighbours } from '@/lib/recognize/pattern-neighbours';
import { holdsAt, neighbourHolds, placeAfter, placeBefore } from '@/lib/recognize/placed-pattern';
import type { Reason } from '@/lib/recognize/reason-codes';
import { readCorpus } from '../../corpus/parse-corpus';
import { BETWEEN_WORDS } from './separator-texts';

// A context rule's regex is compiled only where the words it needs next to the word are there:
// that look-up must never say no where the regex would say yes, or a judgement would change.

const data = loadMatcherData();
const rules: { side: 'before' | 'after'; rule: PlacedRuleData }[] = [
  ...data.senses,
  ['', data.generic] as const,
]
  .flatMap(([, sense]) => [
    ...sense.before.map((rule) => ({ side: 'before' as const, rule })),
    ...sense.after.map((rule) => ({ side: 'after' as const, rule })),
  ])
  .filter(({ rule }) => rule[4] !== null);

const neighboursOf = (strings: readonly string[], flags: string) => ({
  strings: new Set(strings),
  lengths: [...new Set(strings.map((s) => s.length))],
  fold: flags.includes('i'),
});

/** Places in `text` where the regex holds but the neighbour look-up says it cannot. */
function misses(text: string, at: readonly number[]): string[] {
  const found: string[] = [];
  for (const { side, rule } of rules) {
    const [source, flags, , , strings] = rule;
    const regex = new RegExp(source, flags);
    const neighbours = neighboursOf(strings!, flags);
    for (const i of at) {
      if (!neighbourHolds(neighbours, side, text, i) && holdsAt(regex, text, i))
        found.push(`/${source}/ at ${i} of ${JSON.stringify(text.slice(i - 30, i + 30))}`);
    }
  }
  return found;
}

/** Every side of every sense, with its rules weighed together, and one regex per rule to check them. */
const sides = [...data.senses, ['', data.generic] as const].flatMap(([, sense]) =>
  (['before', 'after'] as const).map((side) => ({
    placed: new PlacedRules(sense[side], side),
    regexes: sense[side].map(([source, flags, weight, label]) => ({
      regex: new RegExp(source, flags),
      weight,
      label,
    })),
  })),
);

/** Places where PlacedRules weighs otherwise than the rules' regexes, each tested, would. */
function misweighed(text: string, at: readonly number[]): string[] {
  const found: string[] = [];
  for (const { placed, regexes } of sides) {
    for (const i of at) {
      const reasons: Reason[] = [];
      const expected: Reason[] = [];
      let sum = 0;
      for (const { regex, weight, label } of regexes) {
        if (!holdsAt(regex, text, i)) continue;
        sum += weight;
        if (label) expected.push({ code: 'rule', detail: label, weight });
      }
      const weighed = placed.weigh(text, i, reasons);
      if (weighed !== sum || JSON.stringify(reasons) !== JSON.stringify(expected))
        found.push(`${weighed} for ${sum} at ${i} of ${JSON.stringify(text.slice(i - 30, i + 30))}`);
    }
  }
  return found;
}

describe('what a context pattern needs next to its word', () => {
  it('is read from the lexicon shapes, and not guessed where a pattern has none', () => {
    const before = placeBefore(/\b(?:will|would|set to|didn't)\s+$/i);
    expect(patternNeighbours(before.source, before.flags, 'before')).toEqual([
      "didn't",
      'to',
      'will',
      'would',
    ]);
    const after = placeAfter(/^[\s\-\u2010-\u2013]+(?:lines?|poison\w*|in (?:tap )?water|Corp\.?)\b/i);
    expect(patternNeighbours(after.source, after.flags, 'after')).toEqual(['corp', 'in', 'line', 'poison']);
    const optional = placeBefore(/\b(?:of|de)\s+(?:la\s+|el\s+)?$/i);
    expect(patternNeighbours(optional.source, optional.flags, 'before')).toEqual(['de', 'el', 'la', 'of']);
    // A class of letters, a run of anything, Unicode case folding: nothing to look up.
    for (const pattern of [/^\s+[A-Z]/, /^[^.]*\bEU\b/, /^\s+(?:acero)/iu]) {
      const placed = placeAfter(pattern);
      expect(patternNeighbours(placed.source, placed.flags, 'after')).toBeUndefined();
    }
    // Most of the shipped rules have neighbours to look up.
    const all = [...data.senses.map(([, s]) => s), data.generic].flatMap((s) => [...s.before, ...s.after]);
    expect(rules.length).toBeGreaterThan(all.length * 0.8);
  });

  it('never rules out a place where the pattern holds, in the corpus', () => {
    for (const page of readCorpus()) {
      for (const { text } of page.blocks) {
        // Every place a word starts or ends: where candidates are judged.
        const at = [...text.matchAll(/\b/g)].map((m) => m.index);
        expect(misses(text, at)).toEqual([]);
      }
    }
  });

  it("weighs a side's rules together as each rule's regex alone would, in the corpus", () => {
    for (const page of readCorpus()) {
      for (const { text } of page.blocks) {
        const at = [...text.matchAll(/\b/g)].map((m) => m.index);
        expect(misweighed(text, at)).toEqual([]);
      }
    }
  });

  it('never rules out a place where the pattern holds, in texts made of the rules own words', () => {
    const words = [...new Set(rules.flatMap(({ rule }) => rule[4]!))];
    const variant = (word: string) =>
      fc
        .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
        .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
    const fragment = fc.oneof(
      fc.constantFrom(...words).chain(variant),
      fc.constantFrom(...BETWEEN_WORDS, '. ', '(', "'", '’'),
      fc.constantFrom(
        'lead',
        'silver',
        'Tin',
        'plata',
        '12 tonnes',
        'İ',
        'ſ',
        '\u212A',
        'ǅ',
        'µ',
        'é',
        'a\u0301',
      ),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const at = Array.from({ length: text.length + 1 }, (_, i) => i);
        expect(misses(text, at)).toEqual([]);
        expect(misweighed(text, at)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
