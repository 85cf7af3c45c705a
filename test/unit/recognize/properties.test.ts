import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, type Mention } from '@/lib/recognize';
import { FIXTURE_INDEX } from './fixture-index';

const matcher = compileMatcher(FIXTURE_INDEX);
const aliases = FIXTURE_INDEX.terms.flatMap((t) => t.aliases);
const plainNames = aliases.filter((a) => !a.caseSensitive && !a.ambiguous).map((a) => a.text);

// Text that reaches the interesting paths: aliases, their neighbours, odd characters.
const fragment = fc.oneof(
  fc.constantFrom(...aliases.map((a) => a.text)),
  fc.constantFrom('the', 'will', 'medal', 'prices', 'smelter', 'Valley', 'o', 'de', 'Roth', 'said'),
  fc.constantFrom(
    ' ',
    ' ',
    ' ',
    '\n',
    '. ',
    ', ',
    '-',
    '\u2011',
    '\u00AD',
    '\u00A0',
    '\u0301',
    '’',
    '"',
    '(',
  ),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const newsLike = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsLike, fc.string({ unit: 'binary', maxLength: 200 }));

function checkShape(text: string, mentions: Mention[]) {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.confidence).toBeGreaterThanOrEqual(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    previousEnd = m.end;
  }
}

const summary = (mentions: Mention[], shift = 0) =>
  mentions.map((m) => [m.start - shift, m.end - shift, m.termId, m.confidence]);

describe('properties', () => {
  it('never throws, and returns sorted, non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, includeHeld) => {
        checkShape(text, findMentions(matcher, text, { includeHeld }));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same mentions whatever whitespace surrounds the text', () => {
    const padding = fc.constantFrom('', ' ', '  ', '\n', '\t', ' \n ');
    fc.assert(
      fc.property(newsLike, padding, padding, (text, before, after) => {
        const padded = findMentions(matcher, before + text + after);
        expect(summary(padded, before.length)).toEqual(summary(findMentions(matcher, text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores case changes for names the hints say are case-insensitive', () => {
    const recase = fc.constantFrom(
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
    );
    const sentence = fc.array(fc.tuple(fc.constantFrom(...plainNames), recase), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(sentence, (parts) => {
        const plain = parts.map(([name]) => name).join(' and ');
        const recased = parts.map(([name, change]) => change(name)).join(' and ');
        const ids = (text: string) => findMentions(matcher, text).map((m) => [m.start, m.end, m.termId]);
        expect(ids(recased)).toEqual(ids(plain));
      }),
    );
  });

  it('never matches a case-sensitive acronym in another case', () => {
    const acronyms = aliases
      .filter((a) => a.caseSensitive && !/^\p{Lu}\p{Ll}?$/u.test(a.text))
      .map((a) => a.text);
    fc.assert(
      fc.property(fc.constantFrom(...acronyms), (acronym) => {
        const lower = acronym.toLowerCase();
        expect(findMentions(matcher, `the ${lower} rules`, { includeHeld: true })).toEqual([]);
      }),
    );
  });

  it('finds the same terms in NFC and NFD text', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const nfc = text.normalize('NFC');
        const ids = (t: string) => findMentions(matcher, t).map((m) => m.termId);
        expect(ids(nfc.normalize('NFD'))).toEqual(ids(nfc));
      }),
      { numRuns: 1000 },
    );
  });
});
