import { isSeparatorCode, pastSeparators } from './char-class';
import { foldCode, isLatinWordCode } from './regex-case';

/**
 * Where the cue words (lexicon/cues.ts) are in a sentence, found by looking its words up: the
 * letters from each word start are one Map get, stems are found by their first letters, and only
 * the few cues of several words ("supply chain*") or with a dot or a bracket ("u.s. mint") are
 * compared further. It finds what one regex of all the cues found (test/unit/recognize/
 * cue-regex-path.ts keeps it), the same cue where several could start at one place, without the
 * milliseconds a page spent compiling that regex.
 *
 * A key is a cue's lowercase words as compile-cues.ts writes them: spaces between words (any run
 * of separators on the page), `*` ending a stem (any letters), in the regex's order of preference.
 */

/** Stems are looked up by this many first letters. */
const STEM_INDEX = 3;
const STAR = 0x2a;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const APOSTROPHES = [0x27, 0x2018, 0x2019, 0x02bc];
/** What a Latin letter other than a cue's own letters reads as in a folded sentence (see foldedView). */
const OTHER_LETTER = '\u00D7';

/** A letter to the cue regex's word end, `[\w\u00C0-\u024F]`, in lowercase text. */
const isLetter = (code: number) => (code < 0x80 ? isAsciiWord(code) : code >= 0xc0 && code <= 0x24f);
/** What `\b` sees as a word character: ASCII only. */
function isAsciiWord(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
const isKeyInitial = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/** A key past its first run of letters (the whole key for one starting with a space), and its rank. */
interface KeyRest {
  readonly rank: number;
  readonly rest: string;
}

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
      while (pos < view.length && isLetter(view.charCodeAt(pos))) pos++;
    } else if (code === k || (k === APOSTROPHE && APOSTROPHES.includes(code))) pos++;
    else return -1;
  }
  return pos < view.length && isLetter(view.charCodeAt(pos)) ? -1 : pos;
}

interface Stem {
  readonly rank: number;
  readonly stem: string;
}

/** The rank of the first stem in `stems` (by rank) that starts `run`, if better than `rank`. */
function firstStem(stems: readonly Stem[] | undefined, run: string, rank: number): number {
  if (stems) {
    for (const { rank: stemRank, stem } of stems) {
      if (stemRank >= rank) break;
      if (run.startsWith(stem)) return stemRank;
    }
  }
  return rank;
}

export class CueKeys {
  /** Keys by their first run of letters, each list by rank. */
  private readonly byRun = new Map<string, KeyRest[]>();
  /** Stems of one run of letters, by their first letters, each list by rank. */
  private readonly stems = new Map<string, Stem[]>();
  private readonly shortStems: Stem[] = [];
  /** Keys starting with a space: their first word starts with another letter ("álbum"). */
  private readonly spaced: KeyRest[] = [];
  private readonly spacedInitials = new Set<number>();
  /** The keys' non-ASCII letters by their fold, for a sentence read case-folded. */
  private readonly letterFolds = new Map<number, number>();

  constructor(keys: readonly string[]) {
    keys.forEach((key, rank) => {
      for (let j = 0; j < key.length; j++) {
        const code = key.charCodeAt(j);
        if (code >= 0x80) this.letterFolds.set(foldCode(code), code);
      }
      const star = key.indexOf('*');
      if (star !== -1 && star !== key.length - 1)
        throw new Error(`a cue key has a star before its end: "${key}"`);
      if (!isKeyInitial(key.charCodeAt(0))) {
        if (key.charCodeAt(0) !== SPACE)
          throw new Error(`a cue key starts with a letter or a space: "${key}"`);
        this.spaced.push({ rank, rest: key });
        this.spacedInitials.add(key.charCodeAt(1));
        return;
      }
      let runEnd = 1;
      while (runEnd < key.length && isLetter(key.charCodeAt(runEnd))) runEnd++;
      const run = key.slice(0, runEnd);
      const rest = key.slice(runEnd);
      if (rest === '*') {
        const list = run.length >= STEM_INDEX ? this.stems.get(run.slice(0, STEM_INDEX)) : this.shortStems;
        if (list) list.push({ rank, stem: run });
        else this.stems.set(run.slice(0, STEM_INDEX), [{ rank, stem: run }]);
      } else {
        const list = this.byRun.get(run);
        if (list) list.push({ rank, rest });
        else this.byRun.set(run, [{ rank, rest }]);
      }
    });
  }

  /**
   * Every cue in `view` (a lowercase sentence, or one made by foldedView), as [start, end) pairs
   * in order: at each word start, the best-ranked key that matches, then on from its end.
   */
  find(view: string): number[] {
    const found: number[] = [];
    for (let p = 0; p < view.length;) {
      const code = view.charCodeAt(p);
      let end = -1;
      if (isKeyInitial(code)) {
        if (p === 0 || !isAsciiWord(view.charCodeAt(p - 1))) end = this.wordEnd(view, p);
      } else if (p > 0 && isSeparatorCode(code) && isAsciiWord(view.charCodeAt(p - 1))) {
        end = this.spacedEnd(view, p);
      }
      if (end > p) {
        found.push(p, end);
        p = end;
      } else p++;
    }
    return found;
  }

  private wordEnd(view: string, p: number): number {
    let runEnd = p + 1;
    while (runEnd < view.length && isLetter(view.charCodeAt(runEnd))) runEnd++;
    const run = view.slice(p, runEnd);
    let rank = Infinity;
    let end = -1;
    const listed = this.byRun.get(run);
    if (listed)
      for (const key of listed) {
        const keyEnd = key.rest === '' ? runEnd : restEnd(key.rest, view, runEnd);
        if (keyEnd !== -1) {
          rank = key.rank;
          end = keyEnd;
          break;
        }
      }
    const stem = Math.min(
      firstStem(this.stems.get(run.slice(0, STEM_INDEX)), run, rank),
      firstStem(this.shortStems, run, rank),
    );
    return stem < rank ? runEnd : end;
  }

  private spacedEnd(view: string, p: number): number {
    if (!this.spacedInitials.has(view.charCodeAt(pastSeparators(view, p, 'after')))) return -1;
    for (const { rest } of this.spaced) {
      const end = restEnd(rest, view, p);
      if (end !== -1) return end;
    }
    return -1;
  }

  /**
   * A sentence as a case-folding regex reads it, in lowercase keys' terms and at the same offsets:
   * for text whose lowercase is longer ("İ"), which the cue regex read with its `i` flag.
   */
  foldedView(text: string): string {
    let view = '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) view += String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
      else {
        const letter = this.letterFolds.get(foldCode(code));
        if (letter !== undefined) view += String.fromCharCode(letter);
        else view += isLatinWordCode(code) ? OTHER_LETTER : text[i];
      }
    }
    return view;
  }
}
