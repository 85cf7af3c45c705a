import { isAsciiWordCode, isRegexWordCode, isSeparatorCode, pastSeparators } from './char-class';
import { foldCode, isLatinWordCode } from './regex-case';

/**
 * Where the cue words (lexicon/cues.ts) are in a sentence, found by looking its words up: each
 * word start is one Map get by its first letters (most words of a sentence stop there), the
 * keys found are compared with the word, and only the few cues of several words ("supply
 * chain*") or with a dot or a bracket ("u.s. mint") read on past it. It finds what one regex of
 * all the cues found (the tests keep it: test/unit/recognize/cue-regex-path.ts), the same cue
 * where several could start at one place, without the milliseconds spent compiling that regex.
 *
 * A key is a cue's lowercase words: spaces between words (any run of separators on the page), `*`
 * ending a stem (any letters). The build sorts them into the tables below (compile-cue-keys.ts),
 * each with its rank in the regex's order of preference: a page only makes Maps of them.
 */

/** A key's rank, and what follows its first run of letters ("" if nothing; all of a spaced key). */
type RankedKey = readonly [rank: number, rest: string];

/** A run of letters that starts keys, and those keys by rank (a stem of the run alone apart). */
type Run = readonly [run: string, keys: readonly RankedKey[]];

export interface CueKeyData {
  /** The runs by the lettersKey of their first three letters. */
  readonly runs: readonly (readonly [key: number, runs: readonly Run[]])[];
  /** Keys that are one run and a `*`, by the lettersKey of their first `stemIndex` letters: rank, run. */
  readonly stems: readonly (readonly [key: number, stems: readonly RankedKey[]])[];
  readonly stemIndex: number;
  /** Keys starting with a space: their first word starts with another letter ("álbum"). */
  readonly spaced: readonly RankedKey[];
}

const STAR = 0x2a;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const APOSTROPHES = [0x27, 0x2018, 0x2019, 0x02bc];
/** What a Latin letter other than a cue's own letters reads as in a folded sentence (see foldedView). */
const OTHER_LETTER = '\u00D7';

export const isKeyInitial = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * Where `rest` (a key's remainder) ends if it matches `view` from `at`, else -1: a space is a run of
 * separators, an apostrophe any apostrophe, `*` the letters that follow, and no letter may follow.
 */
function restEnd(rest: string, view: string, at: number): number {
  let pos = at;
  for (let j = 0; j < rest.length; j++) {
    const k = rest.charCodeAt(j);
    const code = view.charCodeAt(pos);
    if (k === SPACE) {
      const next = pastSeparators(view, pos, 'after');
      if (next === pos) return -1;
      pos = next;
    } else if (k === STAR) {
      while (pos < view.length && isRegexWordCode(view.charCodeAt(pos))) pos++;
    } else if (code === k || (k === APOSTROPHE && APOSTROPHES.includes(code))) pos++;
    else return -1;
  }
  return pos < view.length && isRegexWordCode(view.charCodeAt(pos)) ? -1 : pos;
}

/**
 * A number for the first `count` (at most 3) letters of text[from, to): a to z, 0 to 9 and any
 * other letter (as one) in base 38, 0 past the end. A word is looked up by it, not by a copy of
 * itself: most words of a sentence are no cue, and copying each cost more than comparing.
 */
export function lettersKey(text: string, from: number, to: number, count: number): number {
  let key = 0;
  for (let at = from; at < from + count; at++) {
    const code = at < to ? text.charCodeAt(at) : -1;
    key =
      key * 38 +
      (code === -1
        ? 0
        : code >= 0x61 && code <= 0x7a
          ? code - 0x60
          : code >= 0x30 && code <= 0x39
            ? code - 0x15
            : 37);
  }
  return key;
}

/** The rank of the first stem in `stems` (by rank) that starts text[from, to), if better than `rank`. */
function firstStem(
  stems: readonly RankedKey[] | undefined,
  text: string,
  from: number,
  to: number,
  rank: number,
): number {
  // Indexed, not destructured: cold code pays for every iterator.
  for (let k = 0; stems && k < stems.length; k++) {
    const stem = stems[k]!;
    if (stem[0] >= rank) break;
    if (stem[1].length <= to - from && text.startsWith(stem[1], from)) return stem[0];
  }
  return rank;
}

export class CueKeys {
  private readonly runs: Map<number, readonly Run[]>;
  private readonly stems: Map<number, readonly RankedKey[]>;
  private readonly spacedInitials: Set<number>;
  /**
   * A bit per lettersKey of three letters that starts a run or a stem: most words of a sentence
   * are no cue, and stop at this test rather than at two Map look-ups.
   */
  private readonly starts: Uint32Array;
  /** The keys' non-ASCII letters by their fold, for a sentence read case-folded; made on first need. */
  private letterFolds: Map<number, number> | undefined;

  constructor(private readonly data: CueKeyData) {
    this.runs = new Map(data.runs);
    this.stems = new Map(data.stems);
    this.spacedInitials = new Set(data.spaced.map(([, key]) => key.charCodeAt(1)));
    this.starts = new Uint32Array(Math.ceil(38 ** 3 / 32));
    const mark = (key: number) => (this.starts[key >>> 5]! |= 1 << (key & 31));
    for (const [key] of data.runs) mark(key);
    // A stem's key has stemIndex letters (three at most): every three that begin with them start.
    const spread = 38 ** (3 - data.stemIndex);
    for (const [key] of data.stems) for (let k = key * spread; k < (key + 1) * spread; k++) mark(k);
  }

  /**
   * Every cue in `view` (a lowercase sentence, or one made by foldedView), as [start, end) pairs
   * in order: at each word start, the best-ranked key that matches, then on from its end. This
   * runs over every character of every sentence judged, mostly while the code is still cold: the
   * character tests are written out, not called, and the rest of a word is stepped over at once.
   */
  locate(view: string): number[] {
    const found: number[] = [];
    const spaced = this.data.spaced.length > 0;
    // Whether view[p - 1] is an ASCII word character, which `\b` needs on one side only.
    let afterWord = false;
    for (let p = 0; p < view.length;) {
      const code = view.charCodeAt(p);
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        // The ASCII word from here, read once: no word starts inside it.
        let asciiEnd = p + 1;
        for (; asciiEnd < view.length; asciiEnd++) {
          const next = view.charCodeAt(asciiEnd);
          const lower = next | 0x20;
          if (!((lower >= 0x61 && lower <= 0x7a) || (next >= 0x30 && next <= 0x39) || next === 0x5f)) break;
        }
        const end = afterWord ? -1 : this.wordEnd(view, p, asciiEnd);
        if (end !== -1) {
          found.push(p, end);
          p = end;
          afterWord = isAsciiWordCode(view.charCodeAt(p - 1));
        } else {
          p = asciiEnd;
          afterWord = true;
        }
        continue;
      }
      if (afterWord && spaced && isSeparatorCode(code)) {
        const end = this.spacedEnd(view, p);
        if (end !== -1) {
          found.push(p, end);
          p = end;
          afterWord = isAsciiWordCode(view.charCodeAt(p - 1));
          continue;
        }
      }
      afterWord = code === 0x5f || (code >= 0x41 && code <= 0x5a);
      p++;
    }
    return found;
  }

  /** Where the best-ranked key at `p` ends, or -1; the word's ASCII part ends at `asciiEnd`. */
  private wordEnd(view: string, p: number, asciiEnd: number): number {
    // Latin letters go on with the word (the cue regex's word end is not ASCII-only).
    let runEnd = asciiEnd;
    while (runEnd < view.length && isRegexWordCode(view.charCodeAt(runEnd))) runEnd++;
    const length = runEnd - p;
    const initials = lettersKey(view, p, runEnd, 3);
    if ((this.starts[initials >>> 5]! & (1 << (initials & 31))) === 0) return -1;
    let rank = Infinity;
    let end = -1;
    const runs = this.runs.get(initials);
    for (let r = 0; runs && r < runs.length; r++) {
      const run = runs[r]![0];
      const keys = runs[r]![1];
      if (run.length !== length || !view.startsWith(run, p)) continue;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const keyEnd = key[1] === '' ? runEnd : restEnd(key[1], view, runEnd);
        if (keyEnd !== -1) {
          rank = key[0];
          end = keyEnd;
          break;
        }
      }
      break;
    }
    const { stemIndex } = this.data;
    if (length < stemIndex) return end;
    const stems = this.stems.get(stemIndex === 3 ? initials : lettersKey(view, p, runEnd, stemIndex));
    return firstStem(stems, view, p, runEnd, rank) < rank ? runEnd : end;
  }

  private spacedEnd(view: string, p: number): number {
    if (!this.spacedInitials.has(view.charCodeAt(pastSeparators(view, p, 'after')))) return -1;
    const { spaced } = this.data;
    for (let k = 0; k < spaced.length; k++) {
      const end = restEnd(spaced[k]![1], view, p);
      if (end !== -1) return end;
    }
    return -1;
  }

  /**
   * A sentence as a case-folding regex reads it, in lowercase keys' terms and at the same offsets:
   * for text whose lowercase is longer ("İ"), which the cue regex read with its `i` flag.
   */
  foldedView(text: string): string {
    const folds = (this.letterFolds ??= letterFolds(this.data));
    let view = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) view += String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
      else {
        const letter = folds.get(foldCode(code));
        if (letter !== undefined) view += String.fromCharCode(letter);
        else view += isLatinWordCode(code) ? OTHER_LETTER : text[i];
      }
    }
    return view;
  }
}

/** Every non-ASCII character of the keys, by its fold. */
function letterFolds(data: CueKeyData): Map<number, number> {
  const folds = new Map<number, number>();
  const keys = [
    ...data.runs.flatMap(([, runs]) => runs.flatMap(([run, keys]) => keys.map(([, rest]) => run + rest))),
    ...data.stems.flatMap(([, stems]) => stems.map(([, stem]) => stem)),
    ...data.spaced.map(([, key]) => key),
  ];
  for (const key of keys) {
    for (let j = 0; j < key.length; j++) {
      const code = key.charCodeAt(j);
      if (code >= 0x80) folds.set(foldCode(code), code);
    }
  }
  return folds;
}
