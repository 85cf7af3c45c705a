import { REGEX_SOURCE_LIMIT } from './regex-trie';

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

/** `sources`: the key finder's regexes (flags `gi`), in order of their initials. */
export function createGlobalKeyMatches(sources: readonly string[]): GlobalKeyMatches {
  const joined: string[] = [];
  for (const source of sources) {
    const last = joined.length - 1;
    if (last >= 0 && joined[last]!.length + 1 + source.length < REGEX_SOURCE_LIMIT)
      joined[last] += `|${source}`;
    else joined.push(source);
  }
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
