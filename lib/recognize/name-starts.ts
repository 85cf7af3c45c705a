import { canonicalText } from './canonical-text';
import { AMBIGUOUS_NAME, NO_NAME, SURE_NAME, type NameKind } from './name-kind';
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
  /**
   * Where any key with an ASCII initial starts, in any case: a text is read once, with this table,
   * and only the places it finds are told apart with the others (a page naming no term is read to
   * its end, and reading it with each of six tables cost six times as much).
   */
  readonly any: StartTableData;
  /** Keys with a non-ASCII initial ("étain"): as the matcher data has them, counted sure. */
  readonly others: MatcherData['otherInitials'];
}

/**
 * Whether a text has a place where a key may match, read as the recognizer reads it
 * (canonical-text.ts: soft hyphens and zero-width characters out, accents composed), and of which
 * kind: NO_NAME is falsy, so the answer reads as "may name a term" too.
 */
export type NameTest = (text: string) => NameKind;

const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;

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

/** The tables, loaded. */
function loadTables({ starts, capitalStarts, acronymStarts }: StartTables) {
  return {
    starts: loadStartTable(starts),
    capitals: loadStartTable(capitalStarts),
    acronyms: loadStartTable(acronymStarts),
  };
}

const isSpace = (code: number) =>
  code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;

/**
 * The text from `at` to the end of its second word (as spaces part words): all a key's start
 * reads, so that telling a place apart looks at a few characters, not on down the text.
 */
function twoWordsAt(text: string, at: number): string {
  const limit = Math.min(text.length, at + 256);
  let end = at;
  for (let words = 0; words < 2 && end < limit; words++) {
    while (end < limit && isSpace(text.charCodeAt(end))) end++;
    while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  }
  return text.slice(at, end);
}

export function createNameTest(data: NameStarts): NameTest {
  const all = loadStartTable(data.any);
  const sure = loadTables(data);
  const ambiguous = loadTables(data.ambiguous);
  const { others } = data;
  // As the recognizer tries them (scan-candidates.ts).
  const late = others && { initials: others.initials, regex: new RegExp(others.source, 'iy') };
  const otherAt = (text: string) => late !== null && !otherInitialMatches(late, text).next().done;

  /** What may start at `at`, a place where some key may (the `any` table's). */
  function kindAt(text: string, at: number): NameKind {
    const word = twoWordsAt(text, at);
    const startsHere = (table: StartTable) => nextKeyStart(table, word, 0) === 0;
    const capital = isCapital(text.charCodeAt(at));
    const capitals = capital && isCapital(text.charCodeAt(at + 1));
    const named = (tables: typeof sure) =>
      (capital && startsHere(tables.capitals)) || (capitals && startsHere(tables.acronyms));
    if (startsHere(sure.starts)) {
      // A sure key written as a word is, in lower case or capitalised where a sentence opens; with
      // a capital inside a sentence ("the London Palladium", "the United States", "as Australia
      // moved") most often a proper name, which the recognizer's senses and case rules mostly turn
      // down: the frame asks the background first, as for an ambiguous word.
      if (!capital || opensSentence(text, at)) return SURE_NAME;
      return named(sure) ? SURE_NAME : AMBIGUOUS_NAME;
    }
    if (named(sure)) return SURE_NAME;
    return startsHere(ambiguous.starts) || named(ambiguous) ? AMBIGUOUS_NAME : NO_NAME;
  }

  return (raw) => {
    const { text } = canonicalText(raw);
    if (otherAt(text)) return SURE_NAME;
    let kind: NameKind = NO_NAME;
    for (let at = nextKeyStart(all, text, 0); at >= 0; at = nextKeyStart(all, text, at + 1)) {
      const here = kindAt(text, at);
      if (here === SURE_NAME) return SURE_NAME;
      if (here > kind) kind = here;
    }
    return kind;
  };
}
