/**
 * How a regex with the `i` flag and without `u` compares characters, for the word look-ups that
 * stand in for the judge's regexes (phrase-pattern.ts, cue-keys.ts): they must say yes exactly
 * where the regex would, and compiling a regex per phrase, or one for all cue words, cost a page
 * milliseconds. ASCII is decided by code; other characters by the language's own rule
 * (ECMA-262 Canonicalize: uppercase, unless that takes a character into ASCII or to two).
 */

/** The character a case-folding, non-`u` regex compares `code` by. */
export function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? code - 0x20 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const folded = upper.charCodeAt(0);
  return folded < 0x80 ? code : folded;
}

const LATIN_FIRST = 0xc0;
const LATIN_LAST = 0x24f;
/** The folds of Latin-1 and Latin Extended letters (U+00C0-U+024F), made on first need. */
let latinFolds: Set<number> | undefined;

/**
 * Whether `code` is in the class `[a-z0-9\u00C0-\u024F]` of a case-folding regex: ASCII letters
 * and digits, and whatever folds like a Latin-1 or Latin Extended letter ("ⱥ" folds to "Ⱥ").
 */
export function isLatinWordCode(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= LATIN_FIRST && code <= LATIN_LAST) return true;
  if (!latinFolds) {
    latinFolds = new Set();
    for (let c = LATIN_FIRST; c <= LATIN_LAST; c++) latinFolds.add(foldCode(c));
  }
  return latinFolds.has(foldCode(code));
}
