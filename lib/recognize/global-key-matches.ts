import { REGEX_SOURCE_LIMIT, WORD_END_PATTERN } from './regex-trie';

/**
 * The match regexes joined into as few global regexes as V8 still optimises (under 20 kB each),
 * read together as if they were one: what a frame that has read a great deal of text switches to
 * (key-matches.ts), once their compile, some 20-70 ms, is small beside what it will scan. The
 * regexes split keys by first character, so at any place at most one of them can match and the
 * first match after a place is the earliest of theirs. Each keeps its next match until the scan
 * passes it, so every one reads a text once.
 */
export interface GlobalKeyMatches {
  next(text: string, from: number): RegExpExecArray | null;
}

/** What wraps each source (wholeWords in regex-trie.ts). */
const OPEN = '\\b(?:';
const CLOSE = `)${WORD_END_PATTERN}`;

/** `sources`: the key finder's regexes (flags `gi`), in order of their initials. */
export function createGlobalKeyMatches(sources: readonly string[]): GlobalKeyMatches {
  // Each source is a trie's branches in that wrapper: joined inside one wrapper, as the single trie
  // before the key finder was (an alternation of whole wrapped regexes measured slower).
  const branches = sources.map((source) => source.slice(OPEN.length, source.length - CLOSE.length));
  const joined: string[] = [];
  let part: string[] = [];
  let length = 0;
  for (const branch of branches) {
    if (part.length && OPEN.length + length + 1 + branch.length + CLOSE.length >= REGEX_SOURCE_LIMIT) {
      joined.push(OPEN + part.join('|') + CLOSE);
      part = [];
      length = 0;
    }
    length += (part.length ? 1 : 0) + branch.length;
    part.push(branch);
  }
  if (part.length) joined.push(OPEN + part.join('|') + CLOSE);
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
