import { canonicalText } from './canonical-text';
import type { MatcherData } from './instantiate-matcher';
import { nextKeyStart } from './key-matches';
import { loadStartTable, type StartTable, type StartTableData } from './key-starts';
import { otherInitialMatches } from './regex-trie';

/**
 * The question the small content script asks of a frame's text before it loads the recognizer:
 * could any name start here? It is asked with the recognizer's own word lookup (key-matches.ts)
 * over every key's starts, so a text it says no to is one the recognizer finds nothing in: the
 * answer may be a false yes (two words that only hash alike), never a false no. Its data, a few kB
 * (data/generated/name-starts.json), comes from the matcher data at `npm run data:check`
 * (compile-name-starts.ts): the tables themselves, which a frame only copies into typed arrays.
 */
export interface StartTables {
  /** Where the keys with an ASCII initial start (keyStarts in compile-key-starts.ts), in any case. */
  readonly starts: StartTableData;
  /**
   * Where the keys start that are names only with a capital ("SE", "IRA", "Commission"): the
   * recognizer refuses "se", "ira" and "commission", and so, here, does the test, or every Spanish
   * page would pass it on "se".
   */
  readonly capitalStarts: StartTableData;
  /** Where the keys start that are names only in capitals ("SE", "IRA"): "Se" opens many a sentence. */
  readonly acronymStarts: StartTableData;
}

/**
 * The starts of the keys that may name a term in any sentence (the top level), and apart, of the
 * keys that are names only in some ("lead", "tin", "China", "IRA": every alias they stand for is
 * ambiguous in the matcher data). Most news pages hold a few of the latter and none of the former.
 */
export interface NameStarts extends StartTables {
  readonly ambiguous: StartTables;
  /** Keys with a non-ASCII initial ("étain"): as the matcher data has them, counted sure. */
  readonly others: MatcherData['otherInitials'];
}

/** What a text may name: nothing, only ambiguous words, or a key that may be a name in any sentence. */
export const NO_NAME = 0;
export const AMBIGUOUS_NAME = 1;
export const SURE_NAME = 2;
export type NameKind = typeof NO_NAME | typeof AMBIGUOUS_NAME | typeof SURE_NAME;

/**
 * Whether a text has a place where a key may match, read as the recognizer reads it
 * (canonical-text.ts: soft hyphens and zero-width characters out, accents composed), and of which
 * kind: NO_NAME is falsy, so the answer reads as "may name a term" too. `known`: what the caller
 * already met in earlier text; past AMBIGUOUS_NAME, only a sure name is looked for.
 */
export type NameTest = (text: string, known?: NameKind) => NameKind;

const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;

/** Whether a word of `table`'s starts begins with `capitals` capitals (1 or 2) somewhere. */
function capitalsAt(table: StartTable, text: string, capitals: number): boolean {
  for (let at = nextKeyStart(table, text, 0); at >= 0; at = nextKeyStart(table, text, at + 1))
    if (isCapital(text.charCodeAt(at)) && (capitals === 1 || isCapital(text.charCodeAt(at + 1)))) return true;
  return false;
}

/** Spaces, quotes and brackets: what may stand between a sentence's end and its first word. */
const isOpening = (code: number) =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0xa0 ||
  code === 0x22 ||
  code === 0x27 ||
  code === 0x28 ||
  code === 0x5b ||
  code === 0x2018 ||
  code === 0x201c;
/** Where a sentence, a line or a text ends: "\n" joins a frame's texts (frame-text.ts). */
const isSentenceEnd = (code: number) =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x0a || code === 0x0d;

/** Whether the word at `at` opens a sentence, a line or the text: a capital there says nothing. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isOpening(text.charCodeAt(i))) i--;
  return i < 0 || isSentenceEnd(text.charCodeAt(i));
}

/**
 * Where a key of `table` (keys matched in any case) may start: nowhere (0); only with a capital
 * inside a sentence (1: "the London Palladium", "the United States", "as Australia moved", most
 * often a proper name, which the recognizer's senses and case rules mostly turn down, so the frame
 * asks the background first, as for ambiguous words); or somewhere written as a word is, in lower
 * case or capitalised because a sentence opens there (2).
 */
function startIn(table: StartTable, text: string): 0 | 1 | 2 {
  let found: 0 | 1 = 0;
  for (let at = nextKeyStart(table, text, 0); at >= 0; at = nextKeyStart(table, text, at + 1)) {
    if (!isCapital(text.charCodeAt(at)) || opensSentence(text, at)) return 2;
    found = 1;
  }
  return found;
}

/** The tables, loaded, and whether a name that needs a capital, or capitals, may start in a text. */
function loadTables({ starts, capitalStarts, acronymStarts }: StartTables) {
  const capitals = loadStartTable(capitalStarts);
  const acronyms = loadStartTable(acronymStarts);
  return {
    table: loadStartTable(starts),
    named: (text: string) => capitalsAt(capitals, text, 1) || capitalsAt(acronyms, text, 2),
  };
}

export function createNameTest(data: NameStarts): NameTest {
  const sure = loadTables(data);
  const ambiguous = loadTables(data.ambiguous);
  const { others } = data;
  // As the recognizer tries them (scan-candidates.ts).
  const late = others && { initials: others.initials, regex: new RegExp(others.source, 'iy') };
  const otherAt = (text: string) => late !== null && !otherInitialMatches(late, text).next().done;
  // Each table is read once per text: a page naming no term is read to its end.
  return (raw, known = NO_NAME) => {
    const { text } = canonicalText(raw);
    const start = startIn(sure.table, text);
    if (start === 2 || sure.named(text) || otherAt(text)) return SURE_NAME;
    // A sure key's start written as a proper name is asked about like an ambiguous word: never
    // a no where the recognizer could find something.
    if (start === 1 || known === AMBIGUOUS_NAME) return AMBIGUOUS_NAME;
    return nextKeyStart(ambiguous.table, text, 0) >= 0 || ambiguous.named(text) ? AMBIGUOUS_NAME : NO_NAME;
  };
}
