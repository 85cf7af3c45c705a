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

/**
 * The trie as one Map of edges, (node, character code) to node, and a few numbers per node: a
 * Map per node made thousands of them on the page. Children are tried in the order the regex's
 * alternatives list them (`rank`, the order they were made in), and a key ending here last. A
 * separator run, an apostrophe and a stem's letters are edges of their own codes.
 */
class CueTrie {
  private readonly edges = new Map<number, number>();
  readonly rank: number[] = [0];
  readonly end: boolean[] = [false];
  private readonly count: number[] = [0];

  child(node: number, code: number): number | undefined {
    return this.edges.get(node * 0x10000 + code);
  }

  add(key: string): void {
    let node = 0;
    for (const char of key) {
      if (char.length !== 1) throw new Error(`cue key "${key}" has a character outside the BMP`);
      const edge = node * 0x10000 + char.charCodeAt(0);
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.rank.length;
        this.edges.set(edge, next);
        this.rank.push(this.count[node]!++);
        this.end.push(false);
        this.count.push(0);
      }
      node = next;
    }
    this.end[node] = true;
  }
}
export type { CueTrie };
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

export function cueTrie(keys: Iterable<string>): CueTrie {
  const trie = new CueTrie();
  for (const key of keys) trie.add(key);
  return trie;
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
function walk(trie: CueTrie, node: number, text: string, at: number): number {
  const code = text.charCodeAt(at);
  // What can go on here: the character's own child, or a separator run, or an apostrophe (keys
  // hold no other separators or apostrophes, so one at most), and a stem, in their order.
  const special = code === SPACE || code === APOSTROPHE || code === STEM_CODE;
  let other = special ? undefined : trie.child(node, code);
  let otherEnd = at + 1;
  if (other === undefined && isSeparatorCode(code)) {
    other = trie.child(node, SPACE);
    while (isSeparatorCode(text.charCodeAt(otherEnd))) otherEnd++;
  } else if (other === undefined && APOSTROPHE_CODES.has(code)) other = trie.child(node, APOSTROPHE);
  const stem = trie.child(node, STEM_CODE);
  let stemEnd = at;
  if (stem !== undefined) while (isLetter(text.charCodeAt(stemEnd))) stemEnd++;
  const stemFirst = stem !== undefined && (other === undefined || trie.rank[stem]! < trie.rank[other]!);
  let found = stemFirst ? walk(trie, stem, text, stemEnd) : -1;
  if (found === -1 && other !== undefined) found = walk(trie, other, text, otherEnd);
  if (found === -1 && stem !== undefined && !stemFirst) found = walk(trie, stem, text, stemEnd);
  if (found !== -1) return found;
  return trie.end[node] && !isLetter(code) ? at : -1;
}

/** Every match of the cue regex in `text`, as [start, end) pairs, in order. */
export function cueMatches(trie: CueTrie, text: string): [start: number, end: number][] {
  const found: [number, number][] = [];
  let wordBefore = false;
  for (let at = 0; at < text.length; at++) {
    const wordHere = isAsciiWord(text.charCodeAt(at));
    const boundary = wordBefore !== wordHere;
    wordBefore = wordHere;
    if (!boundary) continue;
    const end = walk(trie, 0, text, at);
    if (end === -1) continue;
    found.push([at, end]);
    // The search goes on where the match ended.
    at = end - 1;
    wordBefore = isAsciiWord(text.charCodeAt(end - 1));
  }
  return found;
}
