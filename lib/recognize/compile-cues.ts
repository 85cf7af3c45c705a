import { keyOf, stripAccents } from './alias-variants';
import { senseKey } from './compile-senses';
import type { CueData } from './cue-matcher';
import type { CueGroup } from './lexicon/types';
import { groupOf, GROUPS } from './page-context';

/**
 * The cue words of both languages (lexicon/cues.ts) as the build writes them into
 * data/generated/matcher.json: every key with the cues it stands for, in the order a page prefers
 * them where several start at one place (see cue-keys.ts). A page then only fills Maps, on its
 * first ambiguous candidate.
 */
const STEM_MARK = '*';

export function compileCueData(groups: readonly CueGroup[]): CueData {
  const cues: [word: string, group: number][] = [];
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const groupData = groups.map((group): CueData['groups'][number] => {
    const only = group.only ? [...new Set(group.only.map(senseKey))] : null;
    const speaksTo = only ? [] : group.kinds ? [...new Set(group.kinds.map(groupOf))] : [...GROUPS];
    return [group.topic, group.weight, group.kinds ?? null, only, speaksTo];
  });
  groups.forEach((group, g) => {
    for (const word of group.words) {
      const isStem = word.endsWith(STEM_MARK);
      const key = keyOf(isStem ? word.slice(0, -1) : word);
      const at = cues.push([key, g]) - 1;
      const map = isStem ? stems : exact;
      // Both spellings are keys, so that neither the page's text nor its accents need folding.
      for (const form of new Set([key, stripAccents(key)])) map.set(form, [...(map.get(form) ?? []), at]);
    }
  });
  // A key whose first letter is not ASCII ("álbum") starts at the separators before it: where
  // the page's regex (\b, ASCII only) found it, and so where the words are looked up now.
  const spaced = (k: string) => (/^[a-z0-9]/.test(k) ? k : ` ${k}`);
  const keys = [
    ...[...exact].map(([k, at]) => [spaced(k), at] as const),
    ...[...stems].map(([k, at]) => [spaced(k) + STEM_MARK, at] as const),
  ];
  return { groups: groupData, cues, keys: preferred(keys) };
}

type TrieNode = Map<string, TrieNode | number>;
const END = '';

/**
 * The keys in the order the one cue regex tried them, a trie of them (regex-trie.ts): at each
 * letter the branches in the order they were first written, the key ending there last.
 */
function preferred<T extends readonly [string, unknown]>(keys: readonly T[]): T[] {
  const root: TrieNode = new Map();
  keys.forEach(([key], i) => {
    let node = root;
    for (const char of key) {
      let next = node.get(char);
      if (!(next instanceof Map)) node.set(char, (next = new Map()));
      node = next;
    }
    node.set(END, i);
  });
  const order: T[] = [];
  const visit = (node: TrieNode) => {
    for (const [char, child] of node) if (char !== END) visit(child as TrieNode);
    const end = node.get(END);
    if (typeof end === 'number') order.push(keys[end]!);
  };
  visit(root);
  return order;
}
