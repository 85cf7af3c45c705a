import { stripAccents } from '@/lib/recognize/alias-variants';
import { placeAfter, placeBefore } from '@/lib/recognize/placed-pattern';
import { SEPARATOR_PATTERN } from '@/lib/recognize/regex-trie';

/**
 * How pages decided a phrase before they compared its words (lib/recognize/phrase-pattern.ts): one
 * regex per side of the phrase, placed at the word. Kept here, not shipped, as the judge the word
 * comparison must agree with.
 */

const WORD_CHAR = 'a-z0-9\u00C0-\u024F';
const NOT_WORD_BEFORE = `(?:^|[^${WORD_CHAR}])`;
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

/** The placed regex of the words on one side of a phrase's word. */
export function phraseRegex(words: readonly string[], side: 'before' | 'after'): RegExp {
  return side === 'before'
    ? placeBefore(new RegExp(`${NOT_WORD_BEFORE}${wordsPattern(words)}${SEPARATOR_PATTERN}$`, 'i'))
    : placeAfter(new RegExp(`^${SEPARATOR_PATTERN}${wordsPattern(words)}(?![${WORD_CHAR}])`, 'i'));
}
