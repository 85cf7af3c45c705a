/**
 * The layout facts disambiguation reads from plain text: where a line and a sentence start and
 * end, whether a line is an all-caps or Title Case headline, and whether a word is capitalised
 * where a common noun would not be.
 */

/** Sentences longer than this are cut: a window, not a parse. */
const SENTENCE_REACH = 320;

/**
 * Whether a line is an all-caps or a Title Case headline, where capitals say nothing about names.
 * Computed on first need and kept per line: most lines are never asked. The line breaks are found
 * once, on first need, and each question is a binary search: searching the text around every
 * candidate made a long line with a break in it quadratic (a hostile page's one huge text node).
 */
export class LineShapes {
  // Made on first question: most blocks never ask.
  private allCaps: Map<number, boolean> | undefined;
  private titleCase: Map<number, boolean> | undefined;
  /** Offsets of every "\n"; undefined until first asked, empty for a block of one line. */
  private breaks: number[] | undefined;
  constructor(private readonly text: string) {}

  bounds(at: number): [number, number] {
    const breaks = (this.breaks ??= lineBreaks(this.text));
    if (breaks.length === 0) return [0, this.text.length];
    // The first break at or after `at`.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return [lo > 0 ? breaks[lo - 1]! + 1 : 0, lo < breaks.length ? breaks[lo]! : this.text.length];
  }

  isAllCaps(at: number): boolean {
    const [from, to] = this.bounds(at);
    this.allCaps ??= new Map();
    let result = this.allCaps.get(from);
    if (result === undefined) this.allCaps.set(from, (result = isAllCaps(this.text.slice(from, to))));
    return result;
  }

  isHeadline(at: number): boolean {
    const [from, to] = this.bounds(at);
    this.titleCase ??= new Map();
    let result = this.titleCase.get(from);
    if (result === undefined) {
      const line = this.text.slice(from, to);
      this.titleCase.set(from, (result = isAllCaps(line) || isTitleCase(line)));
    }
    return result;
  }
}

function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return breaks;
}

/** No lowercase letter and at least six capitals; uncased scripts neither help nor hurt. */
export function isAllCaps(line: string): boolean {
  // A line of prose is ruled out at its first ASCII lowercase letter, without copying it in capitals.
  if (ASCII_LOWER.test(line)) return false;
  return line === line.toUpperCase() && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 6;
}

const ASCII_LOWER = /[a-z]/;

/**
 * Three quarters of the cased words of four letters or more start with a capital. Words are runs
 * of letters (\p{L}, by code point), read in place: a paragraph's words as strings were a few
 * milliseconds of a long page's judging, for a yes or no.
 */
export function isTitleCase(line: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (let at = 0; at < line.length;) {
    let letters = 0;
    let initial = NOT_A_LETTER;
    for (;;) {
      const code = line.codePointAt(at);
      const kind = code === undefined ? NOT_A_LETTER : letterKind(code);
      if (kind === NOT_A_LETTER) break;
      if (letters++ === 0) initial = kind;
      at += code! > 0xffff ? 2 : 1;
    }
    if (letters === 0) at++;
    else if (letters >= 4 && initial !== UNCASED) {
      words++;
      if (initial === UPPER) capitalised++;
    }
  }
  if (words < 3) return false;
  return capitalised / words >= 0.75;
}

const NOT_A_LETTER = 0;
const UPPER = 1;
const LOWER = 2;
const UNCASED = 3;

/** Whether a code point is a letter (\p{L}), and whether an uppercase (Lu) or lowercase (Ll) one. */
function letterKind(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return UPPER;
    return code >= 0x61 && code <= 0x7a ? LOWER : NOT_A_LETTER;
  }
  const char = String.fromCodePoint(code);
  if (!LETTER.test(char)) return NOT_A_LETTER;
  return UPPERCASE_INITIAL.test(char) ? UPPER : LOWERCASE.test(char) ? LOWER : UNCASED;
}

const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;

// Abbreviations whose period does not end a sentence before a capital: "Mr. Smith", "U.S. Army".
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|st|sr|sra|srta|dra|no|nos|vs|inc|corp|co|ltd|jr|gen|gov|sen|rep|pres|u\.s|ee\.uu|e\.u|u\.k|[a-z])\.$/i;

// A sentence ends at a line break, or at . ! ? (and closing quotes) before a space and a capital.
const BOUNDARY = /[.!?]+["'”’)\]]*[ \t\u00A0]+(?=["“‘'(¿¡]?[\p{Lu}\d])|\n/gu;

function isBoundary(text: string, at: number, match: string): boolean {
  return (
    match === '\n' || !match.startsWith('.') || !ABBREVIATION.test(text.slice(Math.max(0, at - 8), at + 1))
  );
}

/**
 * Where a sentence cut short by SENTENCE_REACH ends: on a grid, so the words of a long run without
 * a sentence end ("lead lead lead…", an ad frame's gift) share a few windows whose cue words are
 * found once (sentence-evidence.ts caches them), where each word read 640 characters of its own.
 */
const CUT_GRID = 128;

/** The sentence around [start, end), within its line and SENTENCE_REACH (or a little more) either side. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, Math.floor((start - SENTENCE_REACH) / CUT_GRID) * CUT_GRID);
  // Up to the word's end: a boundary right before the word is known by the capital after it.
  const before = text.slice(floor, end);
  let from = floor;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(before); m; m = BOUNDARY.exec(before)) {
    const next = floor + m.index + m[0].length;
    if (next > start) break;
    if (isBoundary(text, floor + m.index, m[0])) from = next;
  }
  const after = text.slice(
    end,
    Math.min(text.length, Math.ceil((end + SENTENCE_REACH) / CUT_GRID) * CUT_GRID),
  );
  let to = end + after.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(after); m; m = BOUNDARY.exec(after)) {
    if (isBoundary(text, end + m.index, m[0])) {
      to = end + m.index + 1;
      break;
    }
  }
  return [from, to];
}

/** Nothing but opening punctuation and space between the line or sentence start and here. */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] !== '\n' && OPENING.includes(text[i]!)) i--;
  if (i < 0 || text[i] === '\n') return true;
  return ENDING.includes(text[i]!);
}

const OPENING = ' \t\u00A0"\'“‘(¿¡-–—•*';
const ENDING = '.!?:;|';

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

/** Whether the word starts with an uppercase letter: ASCII by its code, other scripts by regex. */
export function isCapitalised(word: string | undefined): boolean {
  if (!word) return false;
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPERCASE_INITIAL.test(word);
}

const UPPERCASE_INITIAL = /^\p{Lu}/u;
