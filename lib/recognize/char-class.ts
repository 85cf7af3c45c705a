/**
 * Character tests for the loops that look a word or two around a candidate. They run for every
 * ambiguous word, so ASCII is decided by code ranges; only other scripts go to a regex.
 */

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark of any script at `at` (a surrogate pair counts whole). */
export function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  if (Number.isNaN(code)) return false;
  const pair = code >= 0xdc00 && code <= 0xdfff && at > 0 ? text.slice(at - 1, at + 1) : text[at]!;
  return WORD.test(pair);
}

/** ASCII \w: what `\b` sees as a word character (without the `u` flag it knows no other). */
export const isAsciiWordCode = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x5f;

/** The regexes' word character, `[\w\u00C0-\u024F]` (WORD_CHAR_CLASS, regex-trie.ts). */
export const isRegexWordCode = (code: number): boolean =>
  isAsciiWordCode(code) || (code >= 0xc0 && code <= 0x24f);

/** What joins the words of an alias: whitespace, a hyphen, U+2010-U+2013 (as SEPARATOR_CLASS). */
export function isSeparatorCode(code: number): boolean {
  if (code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x2010 && code <= 0x2013) ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where a run of separators next to `at` ends: going back before it, or forward after it. */
export function pastSeparators(text: string, at: number, side: 'before' | 'after'): number {
  let edge = at;
  if (side === 'before') while (edge > 0 && isSeparatorCode(text.charCodeAt(edge - 1))) edge--;
  else while (edge < text.length && isSeparatorCode(text.charCodeAt(edge))) edge++;
  return edge;
}
