import { createStartTable, FIRST_OF_TWO, mix, SEPARATOR_CODE, WHOLE } from './key-starts';

/**
 * Finds the alias keys in a text without running the match regexes over it: V8 compiles a regex
 * on its first run, and the 20 kB of them cost every page some 30 ms, most pages naming no key.
 * Instead each word start is looked up among the keys' starts (key-starts.ts), and only where one
 * is found is the regex of that word's initial compiled (once) and tried, sticky, at that place.
 * On 1,500 words naming no key that is a few ms, and a page naming a few terms compiles only their
 * initials' regexes (1.5 kB each, limit in regex-trie.ts). The regexes are split by first
 * character (keysRegexParts in regex-trie.ts), so at any place the one for its initial is the only
 * one that can match, and what it matches there is what one regex of every key would.
 */

/** The first key match at or after `from`, or null: call with growing `from`, as a `g` regex. */
export type NextKeyMatch = (from: number) => RegExpExecArray | null;

export interface KeyFinder {
  /** What the `gi` regex of every key returns from exec after `lastIndex = from`. */
  readonly matches: (text: string) => NextKeyMatch;
}

/** ASCII \w: where \b can start a key (without the `u` flag, \b knows no other). */
const isAsciiWord = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x5f;
/** The rest of WORD_CHAR_CLASS (regex-trie.ts): letters the regexes' word end stops at too. */
const isOtherWord = (code: number) => code >= 0xc0 && code <= 0x24f;

/**
 * `sources`: the match regexes (flags `gi`, each a whole-word trie of the keys of a few initials);
 * `startsByRegex`: for each, where its keys start (keyStartsByRegex).
 */
export function createKeyFinder(
  sources: readonly string[],
  startsByRegex: readonly (readonly string[])[],
): KeyFinder {
  const { kindOf, regexOfInitial, longestFirst, longestSecond } = createStartTable(startsByRegex);
  const sticky: (RegExp | undefined)[] = [];
  const tryAt = (text: string, at: number): RegExpExecArray | null => {
    const i = regexOfInitial[text.charCodeAt(at) | 0x20]!;
    if (i < 0) return null;
    const regex = (sticky[i] ??= new RegExp(sources[i]!, 'iy'));
    regex.lastIndex = at;
    return regex.exec(text);
  };
  /** Whether the word after the one ending at `end` makes a start with it (`hash`, the first's). */
  const secondFits = (text: string, end: number, hash: number): boolean => {
    let at = end;
    while (at < text.length && !isAsciiWord(text.charCodeAt(at)) && !isOtherWord(text.charCodeAt(at))) at++;
    let pair = mix(hash, SEPARATOR_CODE);
    let to = at;
    for (; to < text.length && to - at <= longestSecond; to++) {
      const c = text.charCodeAt(to);
      if (!isAsciiWord(c) && !isOtherWord(c)) break;
      pair = mix(pair, c);
    }
    return to > at && to - at <= longestSecond && (kindOf(pair) & WHOLE) !== 0;
  };
  return {
    matches: (text) => (from) => {
      let at = from;
      // \b cannot start a key inside an ASCII word.
      if (at > 0 && isAsciiWord(text.charCodeAt(at - 1)))
        while (at < text.length && isAsciiWord(text.charCodeAt(at))) at++;
      while (at < text.length) {
        if (!isAsciiWord(text.charCodeAt(at))) {
          at++;
          continue;
        }
        // A word starts here: read it as far as the longest first word and one more. A word
        // starts again after "é" (\b sees only ASCII): `resume` is where the ASCII run ends.
        const limit = Math.min(text.length, at + longestFirst + 1);
        let hash = 0;
        let end = at;
        let resume = -1;
        for (; end < limit; end++) {
          const c = text.charCodeAt(end);
          if (!isAsciiWord(c)) {
            if (!isOtherWord(c)) break;
            if (resume < 0) resume = end;
          }
          hash = mix(hash, c);
        }
        if (end - at <= longestFirst) {
          const kind = kindOf(hash);
          if ((kind & WHOLE) !== 0 || (kind === FIRST_OF_TWO && secondFits(text, end, hash))) {
            const m = tryAt(text, at);
            if (m) return m;
          }
        }
        if (resume >= 0) at = resume;
        else for (at = end; at < text.length && isAsciiWord(text.charCodeAt(at));) at++;
      }
      return null;
    },
  };
}
