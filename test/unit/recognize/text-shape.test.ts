import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTitleCase } from '@/lib/recognize/text-shape';
import { readCorpus } from '../../corpus/parse-corpus';

// A Title Case line is read in place, word by word; it must say what the regexes over the line's
// words said, or a capitalised word in a headline would be judged otherwise.

/** The words as strings: what isTitleCase computed before it read the line in place. */
function titleCaseByRegex(line: string): boolean {
  const words = (line.match(/\p{L}{4,}/gu) ?? []).filter((w) => /^[\p{Lu}\p{Ll}]/u.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

describe('isTitleCase', () => {
  it('tells headlines from prose', () => {
    expect(isTitleCase('Lead Prices Climb As Smelters Close')).toBe(true);
    expect(isTitleCase('Lead prices climb as smelters close in Peru')).toBe(false);
    expect(isTitleCase('Éxito De Las Exportaciones Mineras')).toBe(true);
    expect(isTitleCase('Only Two Words')).toBe(false);
  });

  it('says what the regexes over its words said, in the corpus', () => {
    for (const page of readCorpus())
      for (const { text } of page.blocks)
        for (const line of text.split('\n')) expect(isTitleCase(line), line).toBe(titleCaseByRegex(line));
  });

  it('says what the regexes over its words said, in any script and case', () => {
    const piece = fc.oneof(
      fc.constantFrom('Lead', 'lead', 'LEAD', 'Éxito', 'ñandú', 'Ǆemal', 'ǅemal', '東京都庁舎', 'ßtraße'),
      fc.constantFrom(
        ' ',
        '-',
        '. ',
        '\n',
        '1234',
        '\u{1D400}\u{1D401}\u{1D402}\u{1D403}',
        '\uD835',
        '\uDC00',
      ),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const line = pieces.join('');
        expect(isTitleCase(line)).toBe(titleCaseByRegex(line));
      }),
      { numRuns: 2000 },
    );
  });
});
