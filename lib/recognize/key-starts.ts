/**
 * What the key finder (key-matches.ts) looks a page's words up by: each key's first word, or its
 * first two where no key begins with that word alone ("a federal", "rare earth"), so that common
 * words such as "a", "by" or "new" cost a lookup, not a regex run, unless the next word fits too.
 * Words are hashed, case folded, and the hashes kept in a typed open-addressing table: a Map keyed
 * by numbers this large boxes each one, and was a tenth of the finder's time. The build fills the
 * table (compile-key-starts.ts) and ships its occupied slots; a page only copies them into typed
 * arrays, where hashing some 700 strings into it cost each frame with text a few ms.
 */

/**
 * A character as the hash sees it, case folded as coarsely as the regexes' `i` flag needs and
 * more: ASCII letters to lowercase, every other character alike. Equal words always hash alike;
 * words that only hash alike cost a regex run that fails.
 */
export const fold = (code: number): number => (code < 0x80 ? code | 0x20 : 0x80);
export const mix = (hash: number, code: number): number => (Math.imul(hash, 31) + fold(code)) | 0;
/** Between a first and a second word: what a start's space hashes as. */
export const SEPARATOR_CODE = 0x20;

/** A start is a key's first word alone (take the regex) or a first word of two (read the next). */
export const WHOLE = 1;
export const FIRST_OF_TWO = 2;

/**
 * The table as matcher.json and name-starts.json hold it: its hashes, in parallel lists. A page
 * puts each in its slot, a multiply and a probe or two, where shipping the slots too made the
 * data a fifth larger.
 */
export interface StartTableData {
  readonly bits: number;
  readonly longestFirst: number;
  readonly longestSecond: number;
  readonly hashes: readonly number[];
  readonly kinds: readonly number[];
  /** For the slots of first words, the index of the regex of the keys they begin (the finder's only). */
  readonly groups?: readonly number[];
}

export interface StartTable {
  readonly hashes: Int32Array;
  /** WHOLE, FIRST_OF_TWO, both (a hash two starts share) or 0 for an empty slot. */
  readonly kinds: Uint8Array;
  /** The regex of the keys whose first word hashes as the slot's, else -1. */
  readonly groups: Int16Array;
  readonly bits: number;
  readonly longestFirst: number;
  readonly longestSecond: number;
}

// Fibonacci hashing: the high bits of a multiply spread hashes that differ in their low bits.
export const slotOf = (hash: number, bits: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - bits);

/** The slot holding `hash`, or -1 for a word that starts no key. */
export function findSlot(table: StartTable, hash: number): number {
  const { hashes, kinds } = table;
  const mask = kinds.length - 1;
  for (let slot = slotOf(hash, table.bits); kinds[slot] !== 0; slot = (slot + 1) & mask)
    if (hashes[slot] === hash) return slot;
  return -1;
}

/** The table the build wrote, in typed arrays. */
export function loadStartTable(data: StartTableData): StartTable {
  const { bits, longestFirst, longestSecond, groups: groupOf } = data;
  const mask = (1 << bits) - 1;
  const hashes = new Int32Array(mask + 1);
  const kinds = new Uint8Array(mask + 1);
  const groups = new Int16Array(mask + 1).fill(-1);
  for (let i = 0; i < data.hashes.length; i++) {
    const hash = data.hashes[i]!;
    let slot = slotOf(hash, bits);
    while (kinds[slot] !== 0) slot = (slot + 1) & mask;
    hashes[slot] = hash;
    kinds[slot] = data.kinds[i]!;
    if (groupOf) groups[slot] = groupOf[i]!;
  }
  return { hashes, kinds, groups, bits, longestFirst, longestSecond };
}
