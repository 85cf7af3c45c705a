import { isAsciiWordCode, isRegexWordCode } from './char-class';
import { createGlobalKeyMatches, type GlobalKeyMatches } from './global-key-matches';
import {
  findSlot,
  FIRST_OF_TWO,
  loadStartTable,
  mix,
  SEPARATOR_CODE,
  WHOLE,
  type StartTable,
  type StartTableData,
} from './key-starts';
import { expandTrie, wholeWords } from './regex-trie';

/**
 * Finds the alias keys in a text without running the match regexes over it: V8 compiles a regex
 * on its first run, and the 20 kB of them cost every page some 30 ms, most pages naming no key.
 * Instead each word start is looked up among the keys' starts (key-starts.ts), and only where one
 * is found is the regex of the keys beginning with that word compiled (once) and tried, sticky, at
 * that place. The keys are grouped by the hash of their first word (compile-key-starts.ts): the
 * word a text has at a place decides the only group whose keys can match there, so its small regex
 * matches there what one regex of every key would, and a page compiles only the tries of the words
 * it names (some tens of characters each) where one per initial cost 0.5-3 kB of compile apiece.
 */

/** The first key match at or after `from`, or null: call with growing `from`, as a `g` regex. */
export type NextKeyMatch = (from: number) => RegExpExecArray | null;

export interface KeyFinder {
  /** What the `gi` regex of every key returns from exec on `text` after `lastIndex = from`. */
  readonly next: (text: string, from: number) => RegExpExecArray | null;
}

/** The finder as matcher.json holds it (compileKeyFinderData). */
export interface KeyFinderData {
  /**
   * Tries of the keys (trieSource), one per first word's hash, in the order the table names them,
   * each separator pattern written as a space (compactTrie in regex-trie.ts), four tenths of them.
   */
  readonly regexes: readonly string[];
  readonly starts: StartTableData;
}

/** The rest of WORD_CHAR_CLASS (regex-trie.ts): letters the regexes' word end stops at too. */
const isOtherWord = (code: number) => code >= 0xc0 && code <= 0x24f;

/**
 * Characters of text a finder reads word by word before it compiles every key's regex at once
 * (global-key-matches.ts) and reads the rest of the frame's text with those. Chosen from the
 * recognizer bench (Node 24): there the word-by-word scan costs some 30-45 ns per character more
 * than the compiled regexes, whose compile is some 70 ms, so past about 2 M characters the
 * compile has paid for itself. In Chromium the scan measured no slower than the regexes (the
 * 100,000-word page, start-up-phases.ts big), so no page of ordinary size ever switches: this
 * only bounds what a frame of several megabytes of text can cost if the scan turns out slower.
 * The background's finder, which every frame's text goes through, never switches (recognize-blocks.ts).
 */
export const GLOBAL_AFTER_CHARS = 2_000_000;

/** A finder's state: its keys' starts and its regexes, each compiled on first use. */
interface Finder {
  readonly tries: readonly string[];
  readonly sticky: (RegExp | undefined)[];
  /** Per regex: 0 not yet tried, PLAIN (compared, never compiled) or REGEX. */
  readonly ways: Uint8Array;
  readonly table: StartTable;
  /** Characters of the texts begun so far, until `global` takes over. */
  read: number;
  global: GlobalKeyMatches | undefined;
}

/** A trie that is one word of ASCII word characters: no regex needed to find it. */
const PLAIN_WORD = /^\w+$/;
const PLAIN = 1;
const REGEX = 2;

export function createKeyFinder(data: KeyFinderData, globalAfter = GLOBAL_AFTER_CHARS): KeyFinder {
  const finder: Finder = {
    tries: data.regexes,
    sticky: [],
    ways: new Uint8Array(data.regexes.length),
    table: loadStartTable(data.starts),
    read: 0,
    global: undefined,
  };
  return {
    next: (text, from) => {
      // Switched only where a text begins, so that each text is read one way throughout.
      if (from === 0 && finder.global === undefined && (finder.read += text.length) > globalAfter)
        finder.global = createGlobalKeyMatches(finder.tries);
      return finder.global ? finder.global.next(text, from) : nextMatch(finder, text, from);
    },
  };
}

/**
 * Read through the built-in itself: the page's strings come in many representations (flat, sliced,
 * concatenated, one or two bytes, internalized), and a `text.charCodeAt` lookup that has seen more
 * than four turns into a generic property lookup per character, which made the scan 2-4x slower
 * in the recognizer bench. A constant function's `call` is resolved once, at compile time.
 */
const charCodeAt = String.prototype.charCodeAt;

// Plain functions over the state rather than closures: the scan is the recognizer's hottest loop.
function nextMatch(finder: Finder, text: string, from: number): RegExpExecArray | null {
  for (
    let at = nextKeyStart(finder.table, text, from);
    at >= 0;
    at = nextKeyStart(finder.table, text, at + 1)
  ) {
    const m = tryAt(finder, text, at);
    if (m) return m;
  }
  return null;
}

/** The slot of the first word at the place nextKeyStart last returned (its regex's), and its end: for tryAt. */
let startSlot = -1;
let startEnd = -1;

/**
 * Where the first word at or after `from` starts that begins a key by `table` (a word whose hash
 * is a start, or a first word the next word makes a start with), or -1: every place a key can
 * match, and a few more (hashes alike). The content script's name test asks it too
 * (name-starts.ts): a frame whose text has no such place names no term.
 */
export function nextKeyStart(table: StartTable, text: string, from: number): number {
  const n = text.length;
  const longest = table.longestFirst;
  let at = from;
  // \b cannot start a key inside an ASCII word.
  if (at > 0 && isAsciiWordCode(charCodeAt.call(text, at - 1)))
    while (at < n && isAsciiWordCode(charCodeAt.call(text, at))) at++;
  while (at < n) {
    if (!isAsciiWordCode(charCodeAt.call(text, at))) {
      at++;
      continue;
    }
    // A word starts here: read it as far as the longest first word and one more. A word
    // starts again after "é" (\b sees only ASCII): `resume` is where the ASCII run ends.
    const limit = Math.min(n, at + longest + 1);
    let hash = 0;
    let end = at;
    let resume = -1;
    for (; end < limit; end++) {
      const c = charCodeAt.call(text, end);
      if (!isAsciiWordCode(c)) {
        if (!isOtherWord(c)) break;
        if (resume < 0) resume = end;
      }
      hash = mix(hash, c);
    }
    if (end - at <= longest) {
      const slot = findSlot(table, hash);
      const kind = slot < 0 ? 0 : table.kinds[slot]!;
      if ((kind & WHOLE) !== 0 || (kind === FIRST_OF_TWO && secondFits(table, text, end, hash))) {
        startSlot = slot;
        startEnd = end;
        return at;
      }
    }
    if (resume >= 0) at = resume;
    else for (at = end; at < n && isAsciiWordCode(charCodeAt.call(text, at));) at++;
  }
  return -1;
}

/** Whether the word after the one ending at `end` makes a start with it (`hash`, the first's). */
function secondFits(table: StartTable, text: string, end: number, hash: number): boolean {
  const n = text.length;
  let at = end;
  while (at < n && !isRegexWordCode(charCodeAt.call(text, at))) at++;
  let pair = mix(hash, SEPARATOR_CODE);
  let to = at;
  for (; to < n && to - at <= table.longestSecond; to++) {
    const c = charCodeAt.call(text, to);
    if (!isRegexWordCode(c)) break;
    pair = mix(pair, c);
  }
  if (to === at || to - at > table.longestSecond) return false;
  const slot = findSlot(table, pair);
  return slot >= 0 && (table.kinds[slot]! & WHOLE) !== 0;
}

/**
 * What the regex of the keys that begin with the word at `at` (nextKeyStart's) matches there, its
 * regex compiled on first use. A group that is one plain word ("lead", "copper", "tin": nearly
 * half of them) is compared instead: V8 compiles each regex twice, to bytecode on its first run
 * and to machine code on its second, which made the tiny regexes' compile most of what they cost.
 */
function tryAt(finder: Finder, text: string, at: number): RegExpExecArray | null {
  const i = finder.table.groups[startSlot]!;
  if (i < 0) return null;
  const trie = finder.tries[i]!;
  if (finder.ways[i] === 0) finder.ways[i] = PLAIN_WORD.test(trie) ? PLAIN : REGEX;
  if (finder.ways[i] === PLAIN) return wordAt(text, at, startEnd, trie);
  const regex = (finder.sticky[i] ??= new RegExp(wholeWords(expandTrie(trie)), 'iy'));
  regex.lastIndex = at;
  return regex.exec(text);
}

/**
 * The word from `at` to `end` if it is `word` (lowercase ASCII) in any case, as the regex's `i`
 * flag reads it, as an exec result: the regex's match of `\b(?:word)(?![\wÀ-ɏ])` at `at`. `end`
 * is where the page's word ends (nextKeyStart read it), so the word end holds.
 */
function wordAt(text: string, at: number, end: number, word: string): RegExpExecArray | null {
  if (end - at !== word.length) return null;
  for (let k = 0; k < word.length; k++) {
    const c = charCodeAt.call(text, at + k);
    const w = charCodeAt.call(word, k);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && c === w - 0x20)) return null;
  }
  const m = [text.slice(at, end)] as unknown as RegExpExecArray & { index: number; input: string };
  m.index = at;
  m.input = text;
  return m;
}
