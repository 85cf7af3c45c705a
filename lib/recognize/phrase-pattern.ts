import { stripAccents } from './alias-variants';
import { pastSeparators } from './char-class';
import { placeAfter, placeBefore, type PlacedPattern } from './placed-pattern';
import { SEPARATOR_PATTERN } from './regex-trie';

/**
 * The words of a phrase on one side of its word ("take the" before "lead"), as matcher.json holds
 * them (lowercase, accents stripped, `*` ending a stem, joined by spaces), and what a page does with
 * them: compare them with the text's words, and only where they agree compile the regex that
 * decides (accents, stems, word ends). A page full of "the lead" meets dozens of phrases ending in
 * "the" and holds none of them: the words say so without a regex.
 */

/**
 * Letters and digits of the scripts the lexicons are written in, as a plain class: with the `u`
 * flag and \p{L} each phrase regex costs V8 some ten times more to compile than this one does.
 */
const WORD_CHAR = 'a-z0-9\u00C0-\u024F';
const NOT_WORD_BEFORE = `(?:^|[^${WORD_CHAR}])`;

// Phrases are checked on a few dozen characters only, so accent classes cost nothing here.
const ACCENTED: Record<string, string> = {
  a: '[aá]',
  e: '[eé]',
  i: '[ií]',
  o: '[oó]',
  u: '[uúü]',
  n: '[nñ]',
};

/** The words as a pattern: any separators between them, accents optional, a final `*` any letters. */
function wordsPattern(words: readonly string[]): string {
  return words
    .map((w) => {
      const stem = w.endsWith('*');
      const body = stripAccents(stem ? w.slice(0, -1) : w)
        .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/[aeioun]/g, (c) => ACCENTED[c]!)
        .replace(/'/g, "['\u2019]");
      return stem ? `${body}[${WORD_CHAR}]*` : body;
    })
    .join(SEPARATOR_PATTERN);
}

/** The words right before a phrase's word, placed there (see placed-pattern.ts). */
export function placeWordsBefore(words: readonly string[]): PlacedPattern {
  return placeBefore(new RegExp(`${NOT_WORD_BEFORE}${wordsPattern(words)}${SEPARATOR_PATTERN}$`, 'i'));
}

/** The words right after a phrase's word, placed there. */
export function placeWordsAfter(words: readonly string[]): PlacedPattern {
  return placeAfter(new RegExp(`^${SEPARATOR_PATTERN}${wordsPattern(words)}(?![${WORD_CHAR}])`, 'i'));
}

/** Folded like phrase words: lowercase, no accents. */
const NON_ASCII = /[\u0080-\uFFFF]/;
export const foldPhraseWord = (word: string): string =>
  NON_ASCII.test(word) ? stripAccents(word.toLowerCase()).replace(/’/g, "'") : word.toLowerCase();

/**
 * Whether the text's words next to `at` fold to `words` (nearest first away from the word), each
 * after a run of separators: if not, the placed regex cannot hold. A stem's length is the regex's
 * to judge: words past it are not compared.
 */
export function wordsMayHold(
  words: readonly string[],
  side: 'before' | 'after',
  text: string,
  at: number,
): boolean {
  let edge = at;
  for (let i = 0; i < words.length; i++) {
    const word = words[side === 'before' ? words.length - 1 - i : i]!;
    const next = pastSeparators(text, edge, side);
    if (next === edge) return false;
    const stem = word.endsWith('*');
    if (stem && side === 'before') return true;
    const body = stem ? word.slice(0, -1) : word;
    const from = side === 'before' ? next - body.length : next;
    if (from < 0 || foldPhraseWord(text.slice(from, from + body.length)) !== body) return false;
    if (stem) return true;
    edge = side === 'before' ? from : from + body.length;
  }
  return true;
}
