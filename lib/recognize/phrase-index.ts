import { isSeparatorCode, isWordCharAt } from './char-class';
import { foldPhraseWord, phraseWords, phraseWordsHold, type PhraseWord } from './phrase-pattern';
import { isCapitalised } from './text-shape';

/**
 * Fixed non-mineral phrases around one word ("silver medal", "take the lead", "plata o plomo"),
 * indexed by the word right after it and the word right before it. A candidate then costs two
 * word look-ups and a Map get, not one regex test per phrase: "lead" alone has a hundred phrases.
 * The build folds each phrase's words and key (compile-phrases.ts): a page only fills the Maps,
 * on the first candidate of the word, and compares words: no phrase compiles a regex.
 */

/** Stems are looked up by this many first letters (no stem in the lexicons is shorter). */
const STEM_INDEX = 3;

/**
 * A phrase as matcher.json holds it: the phrase, its topic, whether it capitalises the word, the
 * words before and after the word (folded, joined by spaces: see phrase-pattern.ts), and the
 * folded neighbouring word it is indexed by (after the word if there are words after it; a final
 * `*` makes it a stem).
 */
export type PhraseData = readonly [
  label: string,
  topic: string | null,
  capitalised: 0 | 1,
  before: string | null,
  after: string | null,
  neighbour: string,
];

export interface Phrase {
  readonly label: string;
  /** What the phrase says the page is about, if anything: "sport" for "silver medal". */
  readonly topic: string | undefined;
  /** The phrase capitalises the word: a proper name, which lowercase text does not spell. */
  readonly capitalised: boolean;
}

/**
 * A phrase as indexed: the words before and after the word, compared with the text's words on
 * each candidate whose neighbouring word they are indexed by (see phrase-pattern.ts).
 */
class IndexedPhrase implements Phrase {
  // Compared words are made on the phrase's first test: "lead" has a hundred phrases, a page
  // tests a few of them.
  private words: { before?: readonly PhraseWord[]; after?: readonly PhraseWord[] } | undefined;

  constructor(
    readonly label: string,
    readonly topic: string | undefined,
    readonly capitalised: boolean,
    private readonly before: string | null,
    private readonly after: string | null,
  ) {}

  holds(at: PhraseContext): boolean {
    if (this.capitalised && !at.capitalised) return false;
    const { before, after } = (this.words ??= {
      before: this.before === null ? undefined : phraseWords(this.before.split(' ')),
      after: this.after === null ? undefined : phraseWords(this.after.split(' ')),
    });
    if (before && !phraseWordsHold(before, 'before', at.text, at.start)) return false;
    return !after || phraseWordsHold(after, 'after', at.text, at.end);
  }
}

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

function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export class PhraseIndex {
  private readonly byNext = new Map<string, IndexedPhrase[]>();
  private readonly byPrevious = new Map<string, IndexedPhrase[]>();
  /** Phrases whose neighbouring word is a stem ("medal*"), by the stem's first letters. */
  private readonly stems = new Map<
    string,
    { stem: string; side: 'next' | 'previous'; phrase: IndexedPhrase }[]
  >();
  readonly size: number;

  constructor(phrases: readonly PhraseData[]) {
    // Run on a page's first candidate of the word, in cold code: indexed, no destructuring, no
    // copies of the growing lists ("the" before "lead" is a neighbour to dozens of phrases).
    for (let i = 0; i < phrases.length; i++) {
      const data = phrases[i]!;
      const after = data[4];
      const neighbour = data[5];
      const phrase = new IndexedPhrase(data[0], data[1] ?? undefined, data[2] === 1, data[3], after);
      const side = after === null ? 'previous' : 'next';
      if (neighbour.endsWith('*')) {
        const stem = neighbour.slice(0, -1);
        addTo(this.stems, stem.slice(0, STEM_INDEX), { stem, side, phrase });
      } else addTo(side === 'next' ? this.byNext : this.byPrevious, neighbour, phrase);
    }
    this.size = phrases.length;
  }

  /** The phrase the candidate text[start, end) is part of, if any. */
  find(text: string, start: number, end: number, reach: number): Phrase | undefined {
    const next = nextWord(text, end, Math.min(text.length, end + reach));
    const floor = Math.max(0, start - reach);
    const previous = previousWord(text, start, floor);
    if (next === undefined && previous === undefined) return undefined;
    const nextKey = next && foldPhraseWord(next);
    const previousKey = previous && foldPhraseWord(previous);
    const capitalised = isCapitalised(text[start]);
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
