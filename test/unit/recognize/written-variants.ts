import fc from 'fast-check';

/**
 * A word or phrase as a page may write it, for the property tests that compare a word look-up with
 * the regex it spares: any letter in capitals, accented, or as a look-alike that a case-folding
 * regex may or may not take for it ("İ", the Kelvin sign, the long s), and other separators.
 */
const LOOK_ALIKES: Record<string, string> = {
  a: 'áÁàâ',
  e: 'éÉè',
  i: 'íÍİı',
  o: 'óÓö',
  u: 'úüÚÜ',
  n: 'ñÑ',
  k: '\u212A',
  s: 'ſ',
  "'": '’‘ʼ',
  ' ': '-\u2011\u00A0',
};

export const writtenVariant = (word: string): fc.Arbitrary<string> =>
  fc.array(fc.nat(4), { minLength: word.length, maxLength: word.length }).map((picks) =>
    [...word]
      .map((c, i) => {
        const pick = picks[i]!;
        const other = LOOK_ALIKES[c];
        if (pick === 1) return c.toUpperCase();
        if (pick >= 2 && other) return other[pick % other.length]!;
        return c;
      })
      .join(''),
  );
