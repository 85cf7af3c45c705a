import { isRegexWordCode } from './char-class';
import { isKeyInitial, lettersKey, type CueKeyData } from './cue-keys';

/**
 * The cue keys as a page looks them up (cue-keys.ts), sorted into its tables by the build: each
 * key ranked in the order the one cue regex tried them, and filed by its first run of letters.
 */

type TrieNode = Map<string, TrieNode | number>;
const END = '';

/**
 * The keys in the order the cue regex tried them: a trie of them (regex-trie.ts), at each letter
 * the branches in the order they were first written, the key ending there last.
 */
function preferred(keys: readonly string[]): string[] {
  const root: TrieNode = new Map();
  keys.forEach((key, i) => {
    let node = root;
    for (const char of key) {
      let next = node.get(char);
      if (!(next instanceof Map)) node.set(char, (next = new Map()));
      node = next;
    }
    node.set(END, i);
  });
  const order: string[] = [];
  const visit = (node: TrieNode) => {
    for (const [char, child] of node) if (char !== END) visit(child as TrieNode);
    const end = node.get(END);
    if (typeof end === 'number') order.push(keys[end]!);
  };
  visit(root);
  return order;
}

/** The tables for `keys` (lowercase, a space between words, `*` ending a stem, a leading space before a non-ASCII initial). */
export function compileCueKeys(keys: readonly string[]): CueKeyData {
  const runs = new Map<string, [number, string][]>();
  const stems: [rank: number, stem: string][] = [];
  const spaced: [number, string][] = [];
  preferred(keys).forEach((key, rank) => {
    const star = key.indexOf('*');
    if (star !== -1 && star !== key.length - 1)
      throw new Error(`a cue key has a star before its end: "${key}"`);
    if (!isKeyInitial(key.charCodeAt(0))) {
      if (!key.startsWith(' '))
        throw new Error(`a cue key starts with a letter, a digit or a space: "${key}"`);
      spaced.push([rank, key]);
      return;
    }
    let runEnd = 1;
    while (runEnd < key.length && isRegexWordCode(key.charCodeAt(runEnd))) runEnd++;
    const run = key.slice(0, runEnd);
    const rest = key.slice(runEnd);
    if (rest === '*') stems.push([rank, run]);
    else runs.set(run, [...(runs.get(run) ?? []), [rank, rest]]);
  });
  // No stem is shorter than the letters it is looked up by.
  const stemIndex = Math.min(3, ...stems.map(([, stem]) => stem.length));
  const byKey = <T>(list: readonly T[], text: (item: T) => string, count: number) => {
    const filed = new Map<number, T[]>();
    for (const item of list) {
      const key = lettersKey(text(item), 0, text(item).length, count);
      filed.set(key, [...(filed.get(key) ?? []), item]);
    }
    return [...filed];
  };
  return {
    runs: byKey([...runs], ([run]) => run, 3),
    stems: byKey(stems, ([, stem]) => stem, stemIndex),
    stemIndex,
    spaced,
  };
}
