/**
 * The layout facts disambiguation reads from plain text: where a line and a sentence start and
 * end, whether a line is an all-caps or Title Case headline, and whether a word is capitalised
 * where a common noun would not be.
 */

/** Sentences longer than this are cut: a window, not a parse. */
const SENTENCE_REACH = 320;

export function lineBounds(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return [start, newline === -1 ? text.length : newline];
}

export type LineCase = 'upper' | 'title' | 'sentence';

/**
 * An all-caps or Title Case line is a headline: its capitals say nothing about names. Only cased
 * letters count, so that a line partly in an uncased script is judged by its Latin words.
 */
export function lineCase(line: string): LineCase {
  const upper = line.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = line.match(/\p{Ll}/gu)?.length ?? 0;
  if (upper >= 6 && lower <= upper / 10) return 'upper';
  const words = (line.match(/\p{L}{4,}/gu) ?? []).filter((w) => /^[\p{Lu}\p{Ll}]/u.test(w));
  if (words.length < 3) return 'sentence';
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75 ? 'title' : 'sentence';
}

// Abbreviations whose period does not end a sentence before a capital: "Mr. Smith", "U.S. Army".
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|st|sr|sra|srta|dra|no|nos|vs|inc|corp|co|ltd|jr|gen|gov|sen|rep|pres|u\.s|ee\.uu|e\.u|u\.k|[a-z])\.$/i;

function endsSentence(text: string, dot: number): boolean {
  const char = text[dot];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  let next = dot + 1;
  while (/["'”’)\]]/.test(text[next] ?? '')) next++;
  if (!/\s/.test(text[next] ?? '')) return false;
  while (/\s/.test(text[next] ?? '') && text[next] !== '\n') next++;
  const following = text[next] ?? '';
  if (following === '\n' || following === '') return true;
  if (!/[\p{Lu}\d"“‘'(¿¡]/u.test(following)) return false;
  return char !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, dot - 8), dot + 1));
}

/** The sentence around [start, end), within its line and at most SENTENCE_REACH either side. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, start - SENTENCE_REACH);
  let from = start;
  while (from > floor && !endsSentence(text, from - 1)) from--;
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  let to = end;
  while (to < ceiling && !endsSentence(text, to)) to++;
  return [from, Math.min(to + 1, text.length)];
}

/** Nothing but opening punctuation and space between the line or sentence start and here. */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“‘(¿¡\-–—•*]/.test(text[i]!) && text[i] !== '\n') i--;
  if (i < 0 || text[i] === '\n') return true;
  return /[.!?:;|]/.test(text[i]!);
}

const WORD_BEFORE = /(\p{L}[\p{L}'’.-]*)\s+$/u;
const WORD_AFTER = /^\s+(\p{L}[\p{L}'’-]*)/u;

/** The word right before `at`, if only spaces separate them. */
export function wordBefore(text: string, at: number): string | undefined {
  return WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
}

/** The word right after `at`, if only spaces separate them. */
export function wordAfter(text: string, at: number): string | undefined {
  return WORD_AFTER.exec(text.slice(at, at + 40))?.[1];
}

export function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}
