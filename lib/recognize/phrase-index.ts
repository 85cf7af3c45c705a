import { keyOf, stripAccents } from './alias-variants';
import { isSeparatorCode, isWordCharAt } from './char-class';
import { holdsAt, placeAfter, placeBefore, type PlacedPattern } from './placed-pattern';
import { SEPARATOR_PATTERN } from './regex-trie';

/**
 * Fixed non-mineral phrases around one word ("silver medal", "take the lead", "plata o plomo"),
 * indexed by the word right after it and the word right before it. A candidate then costs two
 * word look-ups and a Map get, not one regex test per phrase: "lead" alone has a hundred phrases.
 */

/** Stems are looked up by this many first letters (no stem in the lexicons is shorter). */
const STEM_INDEX = 3;
const NOT_WORD_BEFORE = '(?:^|[^\\p{L}\\p{N}])';

// Phrases are checked on a few dozen characters only, so accent classes cost nothing here.
const ACCENTED: Record<string, string> = {
  a: '[aá]',
  e: '[eé]',
  i: '[ií]',
  o: '[oó]',
  u: '[uúü]',
  n: '[nñ]',
};

function wordsPattern(words: readonly string[]): string {
  return words
    .map((w) =>
      stripAccents(w)
        .replace(/[.+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/[aeioun]/g, (c) => ACCENTED[c]!)
        .replace(/\*$/, '\\p{L}*')
        .replace(/'/g, "['\u2019]"),
    )
    .join(SEPARATOR_PATTERN);
}

export interface Phrase {
  readonly label: string;
  /** What the phrase says the page is about, if anything: "sport" for "silver medal". */
  readonly topic: string | undefined;
  /** The phrase capitalises the word: a proper name, which lowercase text does not spell. */
  readonly capitalised: boolean;
  readonly before: PlacedPattern | undefined;
  readonly after: PlacedPattern | undefined;
}

/** Folded like phrase words: lowercase, no accents. */
const NON_ASCII = /[\u0080-\uFFFF]/;
const fold = (word: string) =>
  NON_ASCII.test(word) ? stripAccents(word.toLowerCase()).replace(/’/g, "'") : word.toLowerCase();

const SEPARATOR_RUN = new RegExp(SEPARATOR_PATTERN);

const isPhraseWordChar = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code === 0x27 || code === 0x2019 || isWordCharAt(text, at);
};

/** The word before `at`, separated from it by spaces or hyphens only. */
function previousWord(text: string, at: number, floor: number): string | undefined {
  let end = at;
  while (end > floor && isSeparatorCode(text.charCodeAt(end - 1))) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > floor && isPhraseWordChar(text, start - 1)) start--;
  return start < end ? text.slice(start, end) : undefined;
}

/** The word after `at`, separated from it by spaces or hyphens only. */
function nextWord(text: string, at: number, ceiling: number): string | undefined {
  let start = at;
  while (start < ceiling && isSeparatorCode(text.charCodeAt(start))) start++;
  if (start === at) return undefined;
  let end = start;
  while (end < ceiling && isPhraseWordChar(text, end)) end++;
  return start < end ? text.slice(start, end) : undefined;
}

interface PhraseContext {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly capitalised: boolean;
}

function holds(p: Phrase, at: PhraseContext): boolean {
  if (p.capitalised && !at.capitalised) return false;
  if (p.before && !holdsAt(p.before, at.text, at.start)) return false;
  return !p.after || holdsAt(p.after, at.text, at.end);
}

export class PhraseIndex {
  private readonly byNext = new Map<string, Phrase[]>();
  private readonly byPrevious = new Map<string, Phrase[]>();
  /** Phrases whose neighbouring word is a stem ("medal*"), by the stem's first letters. */
  private readonly stems = new Map<string, { stem: string; side: 'next' | 'previous'; phrase: Phrase }[]>();
  size = 0;

  /** Adds `phrase` for `word` (both as written); ignored if the word is not in the phrase. */
  add(phrase: string, word: string, topic?: string): void {
    const words = keyOf(phrase).split(' ');
    const plain = words.map(stripAccents);
    const parts = fold(keyOf(word)).split(' ');
    const at = plain.findIndex((_, i) => parts.every((p, j) => plain[i + j] === p));
    if (at === -1) return;
    const prefix = words.slice(0, at);
    const suffix = words.slice(at + parts.length);
    if (prefix.length === 0 && suffix.length === 0) return;
    const written = phrase.split(SEPARATOR_RUN)[at] ?? '';
    const entry: Phrase = {
      label: phrase,
      topic,
      capitalised: /^\p{Lu}/u.test(written),
      before: prefix.length
        ? placeBefore(new RegExp(`${NOT_WORD_BEFORE}${wordsPattern(prefix)}${SEPARATOR_PATTERN}$`, 'iu'))
        : undefined,
      after: suffix.length
        ? placeAfter(new RegExp(`^${SEPARATOR_PATTERN}${wordsPattern(suffix)}(?![\\p{L}\\p{N}])`, 'iu'))
        : undefined,
    };
    const side = suffix.length ? 'next' : 'previous';
    const neighbour = fold(side === 'next' ? suffix[0]! : prefix[prefix.length - 1]!);
    if (neighbour.endsWith('*')) {
      const stem = neighbour.slice(0, -1);
      const key = stem.slice(0, STEM_INDEX);
      this.stems.set(key, [...(this.stems.get(key) ?? []), { stem, side, phrase: entry }]);
    } else {
      const map = side === 'next' ? this.byNext : this.byPrevious;
      map.set(neighbour, [...(map.get(neighbour) ?? []), entry]);
    }
    this.size++;
  }

  /** The phrase the candidate text[start, end) is part of, if any. */
  find(text: string, start: number, end: number, reach: number): Phrase | undefined {
    const next = nextWord(text, end, Math.min(text.length, end + reach));
    const floor = Math.max(0, start - reach);
    const previous = previousWord(text, start, floor);
    if (next === undefined && previous === undefined) return undefined;
    const nextKey = next && fold(next);
    const previousKey = previous && fold(previous);
    const capitalised = /^\p{Lu}/u.test(text[start] ?? '');
    const context = { text, start, end, capitalised };
    // Runs for every candidate with a sense: no arrays made here, lists tried in place.
    const byNext = nextKey ? this.byNext.get(nextKey) : undefined;
    if (byNext) for (const phrase of byNext) if (holds(phrase, context)) return phrase;
    const byPrevious = previousKey ? this.byPrevious.get(previousKey) : undefined;
    if (byPrevious) for (const phrase of byPrevious) if (holds(phrase, context)) return phrase;
    if (this.stems.size === 0) return undefined;
    return (
      this.stemPhrase(nextKey, nextKey, previousKey, context) ??
      this.stemPhrase(previousKey, nextKey, previousKey, context)
    );
  }

  private stemPhrase(
    word: string | undefined,
    nextKey: string | undefined,
    previousKey: string | undefined,
    context: PhraseContext,
  ): Phrase | undefined {
    const list = word ? this.stems.get(word.slice(0, STEM_INDEX)) : undefined;
    if (!list) return undefined;
    for (const { stem, side, phrase } of list) {
      const key = side === 'next' ? nextKey : previousKey;
      if (key?.startsWith(stem) && holds(phrase, context)) return phrase;
    }
    return undefined;
  }
}
