import type { KeyFinderData } from './key-matches';
import { FIRST_OF_TWO, mix, slotOf, WHOLE, type StartTableData } from './key-starts';
import { compactTrie, REGEX_SOURCE_LIMIT, trieSource, WORD_CHAR_CLASS, wholeWords } from './regex-trie';

/**
 * The key finder's data, computed at build time (`npm run data:check` writes it into matcher.json
 * and name-starts.json): the keys grouped by their first word, one small regex per group, and the
 * table of where keys start, filled here so a page only copies it (key-starts.ts).
 */

/** A word's characters: the regexes' word end stops at anything else (WORD_CHAR_CLASS). */
const WORD = `${WORD_CHAR_CLASS}+`;
/** The first word, then the second when only a separator (as the regex reads ' ' or '-') joins them. */
const KEY_START = /* @__PURE__ */ new RegExp(`^(${WORD})(?:[ -](${WORD}))?`);

const splitStart = (key: string) => KEY_START.exec(key.toLowerCase())!.slice(1) as [string, string?];

/** A start's hash, as the finder hashes a page's words (a space stands for any separator). */
export function hashOf(start: string): number {
  let hash = 0;
  for (let i = 0; i < start.length; i++) hash = mix(hash, start.charCodeAt(i));
  return hash;
}

/**
 * Where `keys` start, lowercase: "tin" where some key is the word or begins with it and a
 * character other than a separator, "rare earth" where every key beginning with "rare" goes on to
 * a second word after a separator.
 */
export function keyStarts(keys: readonly string[]): string[] {
  const seconds = new Map<string, Set<string> | null>();
  for (const key of keys) {
    const [first, second] = splitStart(key);
    const known = seconds.get(first);
    if (second === undefined || known === null) seconds.set(first, null);
    else if (known) known.add(second);
    else seconds.set(first, new Set([second]));
  }
  return [...seconds].flatMap(([first, next]) => (next ? [...next].map((s) => `${first} ${s}`) : [first]));
}

/** The table of `starts`, each first word's slot naming its regex when `groupOf` is given. */
export function startTableData(
  starts: readonly string[],
  groupOf?: (firstHash: number) => number,
): StartTableData {
  const bits = Math.max(4, Math.ceil(Math.log2(starts.length * 4)));
  const mask = (1 << bits) - 1;
  const hashes = new Int32Array(mask + 1);
  const kinds = new Uint8Array(mask + 1);
  const groups = new Int16Array(mask + 1).fill(-1);
  const add = (hash: number, kind: number) => {
    let slot = slotOf(hash, bits);
    while (kinds[slot] !== 0 && hashes[slot] !== hash) slot = (slot + 1) & mask;
    hashes[slot] = hash;
    kinds[slot] = kinds[slot]! | kind;
    return slot;
  };
  let longestFirst = 0;
  let longestSecond = 0;
  for (const start of starts) {
    const [first, second] = start.split(' ') as [string, string | undefined];
    longestFirst = Math.max(longestFirst, first.length);
    const hash = hashOf(first);
    const slot = add(hash, second === undefined ? WHOLE : FIRST_OF_TWO);
    if (groupOf) groups[slot] = groupOf(hash);
    if (second === undefined) continue;
    longestSecond = Math.max(longestSecond, second.length);
    add(hashOf(start), WHOLE);
  }
  // A page inserts them again (loadStartTable): in any order that makes a table that finds each.
  const slots = [...kinds.keys()].filter((slot) => kinds[slot] !== 0);
  return {
    bits,
    longestFirst,
    longestSecond,
    hashes: slots.map((slot) => hashes[slot]!),
    kinds: slots.map((slot) => kinds[slot]!),
    ...(groupOf && { groups: slots.map((slot) => groups[slot]!) }),
  };
}

/**
 * The keys (each starting with an ASCII word character) as one regex per first word, or per
 * first words that hash alike: at any place the text's word there decides the only group that can
 * match, and its regex matches there what a regex of every key would (key-matches.ts).
 */
export function compileKeyFinderData(
  keys: readonly string[],
  endChecks?: ReadonlyMap<string, string>,
): KeyFinderData {
  const byHash = new Map<number, string[]>();
  for (const key of keys) {
    const hash = hashOf(splitStart(key)[0]);
    let group = byHash.get(hash);
    if (!group) byHash.set(hash, (group = []));
    group.push(key);
  }
  const index = new Map([...byHash.keys()].map((hash, i) => [hash, i]));
  const regexes = [...byHash.values()].map((group) => {
    const trie = trieSource(group, endChecks);
    if (wholeWords(trie).length >= REGEX_SOURCE_LIMIT)
      throw new Error(`the keys of one first word make a regex of ${trie.length} characters`);
    return compactTrie(trie);
  });
  return { regexes, starts: startTableData(keyStarts(keys), (hash) => index.get(hash)!) };
}
