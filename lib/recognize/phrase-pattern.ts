import { stripAccents } from './alias-variants';
import { pastSeparators } from './char-class';
import { foldCode, isLatinWordCode } from './regex-case';

/**
 * The words of a phrase on one side of its word ("take the" before "lead"), as matcher.json holds
 * them (lowercase, accents stripped, `*` ending a stem, joined by spaces), compared with the text's
 * words letter by letter: any run of separators between them, each vowel and "n" with or without
 * its accent, any case, a stem's word running on in letters, and no letter right outside the
 * phrase. A regex per phrase said the same (the tests keep it:
 * test/unit/recognize/phrase-regex-path.ts), but a page full of "the lead" meets dozens of
 * phrases, and compiling them cost it milliseconds.
 */

/** A word as compared: its letters (accents stripped) and whether more letters may follow. */
export interface PhraseWord {
  readonly body: string;
  readonly stem: boolean;
}

/** Letters that also stand for their accented forms (each compared in any case). */
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'úü', n: 'ñ' };
/** For each such letter's code, the folds of its accented forms. */
const ACCENT_FOLDS = new Map(
  Object.entries(ACCENTED).map(([letter, forms]) => [
    letter.charCodeAt(0),
    [...forms].map((form) => foldCode(form.charCodeAt(0))),
  ]),
);
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** The words as matcher.json holds them (folded: see compile-phrases.ts), ready to compare. */
export function phraseWords(words: readonly string[]): PhraseWord[] {
  return words.map((word) => {
    const stem = word.endsWith('*');
    return { body: stem ? word.slice(0, -1) : word, stem };
  });
}

/** Whether the text's `code` stands for a phrase's letter `letter` (a code). */
function sameLetter(code: number, letter: number): boolean {
  if (code === letter) return true;
  if (letter >= 0x61 && letter <= 0x7a) {
    if (code < 0x80) return code === letter - 0x20;
    return ACCENT_FOLDS.get(letter)?.includes(foldCode(code)) ?? false;
  }
  if (letter === APOSTROPHE) return code === RIGHT_QUOTE;
  return foldCode(code) === foldCode(letter);
}

function bodyAt(body: string, text: string, from: number): boolean {
  if (from < 0 || from + body.length > text.length) return false;
  for (let j = 0; j < body.length; j++)
    if (!sameLetter(text.charCodeAt(from + j), body.charCodeAt(j))) return false;
  return true;
}

const wordCharAt = (text: string, at: number) =>
  at >= 0 && at < text.length && isLatinWordCode(text.charCodeAt(at));

/**
 * Whether `words[0..k]` end right before the separators that end at `end`, the first of them not
 * preceded by a letter. A stem's letters may run on, so it may start at several places.
 */
function holdBefore(words: readonly PhraseWord[], k: number, text: string, end: number): boolean {
  const wordEnd = pastSeparators(text, end, 'before');
  if (wordEnd === end) return false;
  const { body, stem } = words[k]!;
  const rest = (from: number) =>
    k === 0 ? !wordCharAt(text, from - 1) : holdBefore(words, k - 1, text, from);
  if (!stem) return bodyAt(body, text, wordEnd - body.length) && rest(wordEnd - body.length);
  for (let from = wordEnd - body.length; from >= 0; from--) {
    // Letters only between the stem and the separators.
    if (from + body.length < wordEnd && !wordCharAt(text, from + body.length)) return false;
    if (bodyAt(body, text, from) && rest(from)) return true;
  }
  return false;
}

/** Whether the words follow `at`, each after a run of separators, and no letter right after them. */
function holdAfter(words: readonly PhraseWord[], text: string, at: number): boolean {
  let edge = at;
  for (const { body, stem } of words) {
    const from = pastSeparators(text, edge, 'after');
    if (from === edge || !bodyAt(body, text, from)) return false;
    edge = from + body.length;
    if (stem) while (wordCharAt(text, edge)) edge++;
  }
  return !wordCharAt(text, edge);
}

/** Whether the phrase's words on `side` of the word hold at `at` (its start, or its end). */
export function phraseWordsHold(
  words: readonly PhraseWord[],
  side: 'before' | 'after',
  text: string,
  at: number,
): boolean {
  return side === 'before' ? holdBefore(words, words.length - 1, text, at) : holdAfter(words, text, at);
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Folded like phrase words: lowercase, no accents. */
export const foldPhraseWord = (word: string): string =>
  isAscii(word) ? word.toLowerCase() : stripAccents(word.toLowerCase()).replace(/’/g, "'");
