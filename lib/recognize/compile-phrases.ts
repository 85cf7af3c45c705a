import { keyOf, stripAccents } from './alias-variants';
import { foldPhraseWord, PLACED_FLAGS, type PhraseData } from './phrase-index';
import { placeAfter, placeBefore } from './placed-pattern';
import { SEPARATOR_PATTERN } from './regex-trie';

/**
 * A lexicon phrase ("silver medal", "take the lead") as the build writes it for the PhraseIndex:
 * the words before and after the word as regex sources and the neighbouring word it is looked up
 * by. Computed by `npm run data:check` into data/generated/matcher.json, so a page only fills Maps.
 */

/**
 * Letters and digits of the scripts the lexicons are written in, as a plain class: phrase regexes
 * are compiled on a page, a few thousand on a page full of traps ("lead", "silver"), and with the
 * `u` flag and \p{L} each costs V8 some ten times more to compile than this one does.
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

const SEPARATOR_RUN = new RegExp(SEPARATOR_PATTERN);

/** `phrase` for `word` (both as written); undefined if the word is not in the phrase or is all of it. */
export function phraseData(phrase: string, word: string, topic?: string): PhraseData | undefined {
  const words = keyOf(phrase).split(' ');
  const plain = words.map(stripAccents);
  const parts = foldPhraseWord(keyOf(word)).split(' ');
  // The word itself may be written as a stem ("energy tariff*"): it then holds for "tariffs" too.
  const same = (written: string | undefined, part: string) =>
    written === part || (!!written?.endsWith('*') && part.startsWith(written.slice(0, -1)));
  const at = plain.findIndex((_, i) => parts.every((p, j) => same(plain[i + j], p)));
  if (at === -1) return undefined;
  const prefix = words.slice(0, at);
  const suffix = words.slice(at + parts.length);
  if (prefix.length === 0 && suffix.length === 0) return undefined;
  const written = phrase.split(SEPARATOR_RUN)[at] ?? '';
  // Placed here, once: the page compiles each source as it is, on the phrase's first candidate.
  const placed = (pattern: RegExp) => {
    if (pattern.flags !== PLACED_FLAGS) throw new Error(`placed phrase flags ${pattern.flags}`);
    return pattern.source;
  };
  return [
    phrase,
    topic ?? null,
    /^\p{Lu}/u.test(written) ? 1 : 0,
    prefix.length
      ? placed(placeBefore(new RegExp(`${NOT_WORD_BEFORE}${wordsPattern(prefix)}${SEPARATOR_PATTERN}$`, 'i')))
      : null,
    suffix.length
      ? placed(placeAfter(new RegExp(`^${SEPARATOR_PATTERN}${wordsPattern(suffix)}(?![${WORD_CHAR}])`, 'i')))
      : null,
    foldPhraseWord(suffix.length ? suffix[0]! : prefix[prefix.length - 1]!),
  ];
}
