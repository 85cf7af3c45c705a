import { WORD_CHAR_CLASS, type KeysRegexPart } from './regex-trie';

/**
 * What the key finder (key-matches.ts) looks a page's words up by: each key's first word, or its
 * first two where no key begins with that word alone ("a federal", "rare earth"), so that common
 * words such as "a", "by" or "new" cost a lookup, not a regex run, unless the next word fits too.
 * Words are hashed, case folded, and the hashes kept in a typed open-addressing table: a Map keyed
 * by numbers this large boxes each one, and was a tenth of the finder's time.
 */

/** A word's characters: the regexes' word end stops at anything else (WORD_CHAR_CLASS). */
const WORD = `${WORD_CHAR_CLASS}+`;
/** The first word, then the second when only a separator (as the regex reads ' ' or '-') joins them. */
const KEY_START = new RegExp(`^(${WORD})(?:[ -](${WORD}))?`);

/**
 * For each regex of `parts`, where its `keys` start, lowercase: "tin" where some key is the word
 * or begins with it and a character other than a separator, "rare earth" where every key
 * beginning with "rare" goes on to a second word after a separator.
 */
export function keyStartsByRegex(parts: readonly KeysRegexPart[], keys: readonly string[]): string[][] {
  const seconds = new Map<string, Set<string> | null>();
  for (const key of keys) {
    const [, first, second] = KEY_START.exec(key.toLowerCase())!;
    const known = seconds.get(first!);
    if (second === undefined || known === null) seconds.set(first!, null);
    else if (known) known.add(second);
    else seconds.set(first!, new Set([second]));
  }
  const starts = [...seconds].flatMap(([first, next]) =>
    next ? [...next].map((s) => `${first} ${s}`) : [first],
  );
  return parts.map(({ initials }) => starts.filter((start) => initials.includes(start[0]!)));
}

/**
 * A character as the hash sees it, case folded as coarsely as the regexes' `i` flag needs and
 * more: ASCII letters to lowercase, every other character alike. Equal words always hash alike;
 * words that only hash alike cost a regex run that fails.
 */
export const fold = (code: number): number => (code < 0x80 ? code | 0x20 : 0x80);
export const mix = (hash: number, code: number): number => (Math.imul(hash, 31) + fold(code)) | 0;
/** Between a first and a second word: what a start's space hashes as. */
export const SEPARATOR_CODE = 0x20;

export const hashOf = (start: string): number =>
  [...start].reduce((hash, _c, i) => mix(hash, start.charCodeAt(i)), 0);

/** A start is a key's first word alone (take the regex) or a first word of two (read the next). */
export const WHOLE = 1;
export const FIRST_OF_TWO = 2;

export interface StartTable {
  readonly hashes: Int32Array;
  /** WHOLE, FIRST_OF_TWO, both (a hash two starts share) or 0 for an empty slot. */
  readonly kinds: Uint8Array;
  readonly bits: number;
  /** For a lowercase ASCII initial, the index of the regex holding its keys, else -1. */
  readonly regexOfInitial: Int8Array;
  readonly longestFirst: number;
  readonly longestSecond: number;
}

// Fibonacci hashing: the high bits of a multiply spread hashes that differ in their low bits.
const slotOf = (hash: number, bits: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - bits);

/** WHOLE, FIRST_OF_TWO, both, or 0 for a word that starts no key. */
export function kindOf(table: StartTable, hash: number): number {
  const { hashes, kinds } = table;
  const mask = kinds.length - 1;
  for (let slot = slotOf(hash, table.bits); kinds[slot] !== 0; slot = (slot + 1) & mask)
    if (hashes[slot] === hash) return kinds[slot]!;
  return 0;
}

export function createStartTable(startsByRegex: readonly (readonly string[])[]): StartTable {
  const bits = Math.max(4, Math.ceil(Math.log2(startsByRegex.flat().length * 4)));
  const mask = (1 << bits) - 1;
  const hashes = new Int32Array(mask + 1);
  const kinds = new Uint8Array(mask + 1);
  const add = (hash: number, kind: number) => {
    let slot = slotOf(hash, bits);
    while (kinds[slot] !== 0 && hashes[slot] !== hash) slot = (slot + 1) & mask;
    hashes[slot] = hash;
    kinds[slot] = kinds[slot]! | kind;
  };
  const regexOfInitial = new Int8Array(128).fill(-1);
  let longestFirst = 0;
  let longestSecond = 0;
  startsByRegex.forEach((list, i) => {
    for (const start of list) {
      const [first, second] = start.split(' ') as [string, string | undefined];
      regexOfInitial[fold(first.charCodeAt(0))] = i;
      longestFirst = Math.max(longestFirst, first.length);
      add(hashOf(first), second === undefined ? WHOLE : FIRST_OF_TWO);
      if (second === undefined) continue;
      longestSecond = Math.max(longestSecond, second.length);
      add(hashOf(start), WHOLE);
    }
  });
  return { hashes, kinds, bits, regexOfInitial, longestFirst, longestSecond };
}
