/**
 * Which characters count as the same hyphen and the same apostrophe, for everything that compares
 * names: the panel's search (lib/search/normalize.ts) and the recognizer (regex-trie.ts,
 * canonical-text.ts, alias-variants.ts, cue-matcher.ts...). One table, so a spelling Browse finds
 * ("rare−earth" with a minus sign) is one the page highlights too.
 */

/**
 * Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, minus sign, small and full-width
 * hyphen-minus: a name written with any of them is the same name.
 */
export const HYPHENS = '-\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D';
/** Straight apostrophe, left and right single quotes, modifier letter apostrophe. */
export const APOSTROPHES = "'\u2018\u2019\u02BC";

/**
 * The non-ASCII hyphens the recognizer's regex lists in its separator class, as a class range.
 * Only these: the class stands between every two words of every alias, and each character more
 * lengthens the regex past V8's 20 kB optimisation limit. The rarer ones are folded instead.
 */
export const MATCHED_HYPHEN_RANGE = '\u2010-\u2013';
/** The hyphens canonical text turns into "-" before matching (same length, so offsets hold). */
export const FOLDED_HYPHENS = '\u2212\uFE63\uFF0D';

/** Characters as the inside of a regex character class. */
export function classOf(chars: string): string {
  return chars.replace(/[-\\\]^]/g, '\\$&');
}
