import fc from 'fast-check';

// Random page text around the names, for the property tests of whatever reads keys in a text
// (the key finder, the content script's prefilter).

/** What the page's text is made of around names, and what could fool a word's start or end. */
const NOISE = [' ', '  ', '\n', '\u00A0', '-', '\u2010', '\u2013', "'", '\u2019', '\u02BC', '.', ', ', '_'];
const ODD = [
  '3',
  '42',
  'é',
  'É',
  'ñ',
  'ü',
  '\u0301',
  '\u00AD',
  'x',
  'Ø',
  '中',
  'д',
  'λ',
  'Σ',
  'ı',
  'İ',
  'ſ',
  '\u212A',
  '²',
];

/** Random case changes of a piece: as is, upper, capitalised, or per character. */
const recased = (piece: string) =>
  fc.oneof(
    fc.constant(piece),
    fc.constant(piece.toUpperCase()),
    fc.constant(piece.charAt(0).toUpperCase() + piece.slice(1)),
    fc
      .array(fc.boolean(), { minLength: piece.length, maxLength: piece.length })
      .map((flips) => [...piece].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join('')),
  );

/** Texts of whole keys, fragments of keys (a start or an end), noise and odd characters. */
export function texts(keys: readonly string[]) {
  const key = fc.constantFrom(...keys);
  const fragment = fc
    .tuple(key, fc.nat(), fc.boolean())
    .map(([k, n, head]) => (head ? k.slice(0, 1 + (n % k.length)) : k.slice(n % k.length)));
  const piece = fc.oneof(
    { weight: 4, arbitrary: key.chain(recased) },
    { weight: 2, arbitrary: fragment.chain(recased) },
    { weight: 4, arbitrary: fc.constantFrom(...NOISE) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  );
  return fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
}
