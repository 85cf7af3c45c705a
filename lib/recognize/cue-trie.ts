import { APOSTROPHES } from '@/lib/text/punctuation';
import { isSeparatorCode } from './char-class';

/**
 * The cue words' regex (compile-cues.ts: `\b(?:trie)(?![letter])`, flag `g`, on lowercased text)
 * walked as a trie of Maps instead of compiled: V8 took milliseconds to compile that regex on
 * every page with an ambiguous word, a few hundred Map entries take a fraction of that. The walk
 * follows the regex's own order so that it finds the very same words: leftmost, and at a place
 * the alternatives as the trie's source lists them (keys in the order given, a longer key before
 * the key ending where it branches), a space any run of separators, `'` any apostrophe, a final
 * `*` any letters.
 */

/** Children by UTF-16 code, in the order of the regex's alternatives; END marks a key's end. */
type Node = Map<number, Node>;
const END = -1;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const STEM = '*';
const STEM_CODE = 0x2a;

/**
 * The keys of the cue regex, in its order: exact keys then stems (marked `*`), each behind a space
 * where it starts with no ASCII letter or digit (\b never holds before "á": "el álbum" is matched
 * from the space before it).
 */
export function cueKeys(exact: Iterable<string>, stems: Iterable<string>): string[] {
  const spaced = (k: string) => (/^[a-z0-9]/.test(k) ? k : ` ${k}`);
  return [...[...exact].map(spaced), ...[...stems].map((k) => spaced(k) + STEM)];
}

export function cueTrie(keys: Iterable<string>): Node {
  const root: Node = new Map();
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      if (char.length !== 1) throw new Error(`cue key "${key}" has a character outside the BMP`);
      const code = char.charCodeAt(0);
      let next = node.get(code);
      if (!next) node.set(code, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  return root;
}

/** `\w` as a regex without flag `u` reads it: ASCII letters, digits and "_". */
function isAsciiWord(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f
  );
}

/** The cue regex's letter class: `\w` and U+00C0-U+024F. */
function isLetter(code: number): boolean {
  return isAsciiWord(code) || (code >= 0xc0 && code <= 0x24f);
}

const APOSTROPHE_CODES = new Set([...APOSTROPHES].map((c) => c.charCodeAt(0)));

/** Where the first key of the trie's order that holds at `at` ends, or -1. */
function walk(node: Node, text: string, at: number): number {
  let isEnd = false;
  const code = text.charCodeAt(at);
  for (const [char, child] of node) {
    if (char === END) {
      isEnd = true;
      continue;
    }
    let next: number;
    if (char === SPACE) {
      next = -1;
      if (isSeparatorCode(code)) for (next = at + 1; isSeparatorCode(text.charCodeAt(next));) next++;
    } else if (char === APOSTROPHE) next = APOSTROPHE_CODES.has(code) ? at + 1 : -1;
    else if (char === STEM_CODE) {
      next = at;
      if (isLetter(code)) for (next = at + 1; isLetter(text.charCodeAt(next));) next++;
    } else next = code === char ? at + 1 : -1;
    if (next === -1) continue;
    const end = walk(child, text, next);
    if (end !== -1) return end;
  }
  return isEnd && !isLetter(code) ? at : -1;
}

/** Every match of the cue regex in `text`, as [start, end) pairs, in order. */
export function cueMatches(root: Node, text: string): [start: number, end: number][] {
  const found: [number, number][] = [];
  let wordBefore = false;
  for (let at = 0; at < text.length; at++) {
    const wordHere = isAsciiWord(text.charCodeAt(at));
    const boundary = wordBefore !== wordHere;
    wordBefore = wordHere;
    if (!boundary) continue;
    const end = walk(root, text, at);
    if (end === -1) continue;
    found.push([at, end]);
    // The search goes on where the match ended.
    at = end - 1;
    wordBefore = isAsciiWord(text.charCodeAt(end - 1));
  }
  return found;
}
