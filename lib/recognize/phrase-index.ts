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

export interface Phrase {
  readonly label: string;
  /** What the phrase says the page is about, if anything: "sport" for "silver medal". */
  readonly topic: string | undefined;
  /** The phrase capitalises the word: a proper name, which lowercase text does not spell. */
  readonly capitalised: boolean;
}

/**
 * A phrase as indexed: the words before and after the word as regex sources, compiled on the
 * first candidate whose neighbouring word they are indexed by. A word like "lead" has a hundred
 * phrases and a page meets few of them; compiling them all cost tens of milliseconds per page.
 */
class IndexedPhrase implements Phrase {
  private placedBefore: PlacedPattern | undefined;
  private placedAfter: PlacedPattern | undefined;

  constructor(
    readonly label: string,
    readonly topic: string | undefined,
    readonly capitalised: boolean,
    private readonly beforeSource: string | undefined,
    private readonly afterSource: string | undefined,
  ) {}

  holds(at: PhraseContext): boolean {
    if (this.capitalised && !at.capitalised) return false;
    if (this.beforeSource !== undefined) {
      this.placedBefore ??= placeBefore(new RegExp(this.beforeSource, 'i'));
      if (!holdsAt(this.placedBefore, at.text, at.start)) return false;
    }
    if (this.afterSource === undefined) return true;
    this.placedAfter ??= placeAfter(new RegExp(this.afterSource, 'i'));
    return holdsAt(this.placedAfter, at.text, at.end);
  }
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

export class PhraseIndex {
  private readonly byNext = new Map<string, IndexedPhrase[]>();
  private readonly byPrevious = new Map<string, IndexedPhrase[]>();
  /** Phrases whose neighbouring word is a stem ("medal*"), by the stem's first letters. */
  private readonly stems = new Map<
    string,
    { stem: string; side: 'next' | 'previous'; phrase: IndexedPhrase }[]
  >();
  size = 0;

  /** Adds `phrase` for `word` (both as written); ignored if the word is not in the phrase. */
  add(phrase: string, word: string, topic?: string): void {
    const words = keyOf(phrase).split(' ');
    const plain = words.map(stripAccents);
    const parts = fold(keyOf(word)).split(' ');
    // The word itself may be written as a stem ("energy tariff*"): it then holds for "tariffs" too.
    const same = (written: string | undefined, part: string) =>
      written === part || (!!written?.endsWith('*') && part.startsWith(written.slice(0, -1)));
    const at = plain.findIndex((_, i) => parts.every((p, j) => same(plain[i + j], p)));
    if (at === -1) return;
    const prefix = words.slice(0, at);
    const suffix = words.slice(at + parts.length);
    if (prefix.length === 0 && suffix.length === 0) return;
    const written = phrase.split(SEPARATOR_RUN)[at] ?? '';
    const entry = new IndexedPhrase(
      phrase,
      topic,
      /^\p{Lu}/u.test(written),
      prefix.length ? `${NOT_WORD_BEFORE}${wordsPattern(prefix)}${SEPARATOR_PATTERN}$` : undefined,
      suffix.length ? `^${SEPARATOR_PATTERN}${wordsPattern(suffix)}(?![${WORD_CHAR}])` : undefined,
    );
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
    if (byNext) for (const phrase of byNext) if (phrase.holds(context)) return phrase;
    const byPrevious = previousKey ? this.byPrevious.get(previousKey) : undefined;
    if (byPrevious) for (const phrase of byPrevious) if (phrase.holds(context)) return phrase;
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
      if (key?.startsWith(stem) && phrase.holds(context)) return phrase;
    }
    return undefined;
  }
}
