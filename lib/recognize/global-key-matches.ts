import { expandTrie, REGEX_SOURCE_LIMIT, wholeWords } from './regex-trie';

/**
 * The key finder's regexes joined into as few global regexes as V8 still optimises (under 20 kB
 * each), read together as if they were one: what a frame that has read a great deal of text
 * switches to (key-matches.ts), once their compile, some 20-70 ms, is small beside what it will
 * scan. The regexes split keys by first word, so at any place at most one of them can match and
 * the first match after a place is the earliest of theirs. Each keeps its next match until the
 * scan passes it, so every one reads a text once.
 */
export interface GlobalKeyMatches {
  next(text: string, from: number): RegExpExecArray | null;
}

const WRAPPED = wholeWords('').length;

/**
 * The tries of one initial under one branch ("l(?:ithium|itio)"), as the single trie of every key
 * was: V8 then tries an initial once per place, not once per first word. A trie whose root
 * branches (first words that only hash alike) stays whole.
 */
function byInitial(tries: readonly string[]): string[] {
  const rests = new Map<string, string[]>();
  const branches: string[] = [];
  for (const trie of tries) {
    if (!/^\w/.test(trie)) {
      branches.push(trie);
      continue;
    }
    const list = rests.get(trie[0]!);
    if (list) list.push(trie.slice(1));
    else rests.set(trie[0]!, [trie.slice(1)]);
  }
  for (const [initial, list] of rests)
    branches.push(list.length === 1 ? initial + list[0]! : `${initial}(?:${list.join('|')})`);
  return branches;
}

/** `tries`: the key finder's (KeyFinderData: one per first word, compacted). */
export function createGlobalKeyMatches(tries: readonly string[]): GlobalKeyMatches {
  const joined: string[] = [];
  let part: string[] = [];
  let length = 0;
  for (const branch of byInitial(tries.map(expandTrie))) {
    if (part.length && WRAPPED + length + 1 + branch.length >= REGEX_SOURCE_LIMIT) {
      joined.push(wholeWords(part.join('|')));
      part = [];
      length = 0;
    }
    length += (part.length ? 1 : 0) + branch.length;
    part.push(branch);
  }
  if (part.length) joined.push(wholeWords(part.join('|')));
  const regexes = joined.map((source) => new RegExp(source, 'gi'));
  // Each regex's next match in `text`, null once it has none left, undefined when it must look again.
  // Kept for one text read forward; a new text, or the same read again from earlier, starts afresh.
  let text: string | undefined;
  let last = 0;
  const pending: (RegExpExecArray | null | undefined)[] = regexes.map(() => undefined);
  return {
    next(of, from) {
      if (of !== text || from < last) {
        text = of;
        pending.fill(undefined);
      }
      last = from;
      let first = -1;
      for (let i = 0; i < regexes.length; i++) {
        let m = pending[i];
        if (m === undefined || (m !== null && m.index < from)) {
          const regex = regexes[i]!;
          regex.lastIndex = from;
          m = pending[i] = regex.exec(of);
        }
        if (m && (first === -1 || m.index < pending[first]!.index)) first = i;
      }
      if (first === -1) return null;
      const m = pending[first]!;
      pending[first] = undefined;
      return m;
    },
  };
}
