import { keyOf, stripAccents } from './alias-variants';
import type { PhraseData } from './phrase-index';
import { foldPhraseWord } from './phrase-pattern';
import { SEPARATOR_PATTERN } from './regex-trie';

/**
 * A lexicon phrase ("silver medal", "take the lead") as the build writes it for the PhraseIndex:
 * the words before and after the word, folded (see phrase-pattern.ts), and the neighbouring word
 * it is looked up by. Computed by `npm run data:check` into data/generated/matcher.json, so a page
 * only fills Maps.
 */

const SEPARATOR_RUN = /* @__PURE__ */ new RegExp(SEPARATOR_PATTERN);

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
  const folded = (side: readonly string[]) => (side.length ? side.map(stripAccents).join(' ') : null);
  return [
    phrase,
    topic ?? null,
    /^\p{Lu}/u.test(written) ? 1 : 0,
    folded(prefix),
    folded(suffix),
    foldPhraseWord(suffix.length ? suffix[0]! : prefix[prefix.length - 1]!),
  ];
}
