import { WORD_CHAR_CLASS, type KeysRegexPart } from './regex-trie';

/**
 * Finds the alias keys in a text without running the match regexes over it: V8 compiles a regex
 * on its first run, and the 20 kB of them cost every page some 30 ms, most pages naming no key.
 * Instead each word start is looked up among the keys' first words (by a case-folded hash), and
 * only where one is found is the regex of that word's initial compiled (once) and tried, sticky,
 * at that place. On 1,500 words naming no key that is a few ms, and a page naming a few terms
 * compiles only their initials' regexes (1.5 kB each, limit in regex-trie.ts). The
 * regexes are split by first character (keysRegexParts in regex-trie.ts), so at any place the one
 * for its initial is the only one that can match, and what it matches there is what one regex of
 * every key would. Each word start is read once, and a word no longer than the longest first word.
 */

/** The first key match at or after `from`, or null: call with growing `from`, as a `g` regex. */
export type NextKeyMatch = (from: number) => RegExpExecArray | null;

export interface KeyFinder {
  /** What the `gi` regex of every key returns from exec after `lastIndex = from`. */
  readonly matches: (text: string) => NextKeyMatch;
}

/**
 * A key's first word, lowercase, as the page's text must spell it where the key matches: the
 * characters the regex's word end stops at (WORD_CHAR_CLASS), so a match's word in the text is
 * exactly as long, and separators, apostrophes (U+02BC is a letter) and rarer scripts end it.
 */
function firstToken(key: string): string {
  return FIRST_TOKEN.exec(key)![0].toLowerCase();
}

const FIRST_TOKEN = new RegExp(`^${WORD_CHAR_CLASS}*`);

/** For each regex of `parts`, the first words of the `keys` it holds (by their initial). */
export function firstTokensByRegex(parts: readonly KeysRegexPart[], keys: readonly string[]): string[][] {
  return parts.map(({ initials }) => [
    ...new Set(keys.filter((key) => initials.includes(key[0]!.toLowerCase())).map(firstToken)),
  ]);
}

/**
 * A word's characters as one number, case folded as coarsely as the regexes' `i` flag needs and
 * more: ASCII letters to lowercase, every other character alike. Equal words always hash alike;
 * words that only hash alike cost a sticky regex run that fails.
 */
const fold = (code: number) => (code < 0x80 ? code | 0x20 : 0x80);
const mix = (hash: number, code: number) => (Math.imul(hash, 31) + fold(code)) | 0;

function hashOf(token: string): number {
  let hash = 0;
  for (let i = 0; i < token.length; i++) hash = mix(hash, token.charCodeAt(i));
  return hash;
}

/** ASCII \w: where \b can start a key (without the `u` flag, \b knows no other). */
const isAsciiWord = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x5f;
/** WORD_CHAR_CLASS: what the regexes' word end stops at. */
const isWordChar = (code: number) => isAsciiWord(code) || (code >= 0xc0 && code <= 0x24f);

/**
 * `sources`: the match regexes (flags `gi`, each a whole-word trie of the keys of a few initials);
 * `firstTokens`: for each, its keys' first words (firstToken).
 */
export function createKeyFinder(
  sources: readonly string[],
  firstTokens: readonly (readonly string[])[],
): KeyFinder {
  const regexesOf = new Map<number, number[]>();
  let longest = 0;
  firstTokens.forEach((tokens, i) =>
    tokens.forEach((token) => {
      const hash = hashOf(token);
      const list = regexesOf.get(hash);
      if (!list) regexesOf.set(hash, [i]);
      else if (!list.includes(i)) list.push(i);
      longest = Math.max(longest, token.length);
    }),
  );
  const sticky: (RegExp | undefined)[] = [];
  const tryAt = (text: string, at: number, regexes: readonly number[]) => {
    for (const i of regexes) {
      const regex = (sticky[i] ??= new RegExp(sources[i]!, 'iy'));
      regex.lastIndex = at;
      const m = regex.exec(text);
      if (m) return m;
    }
    return null;
  };
  return {
    matches: (text) => (from) => {
      // Every place \b starts a word, in a hand loop (a regex match per word cost twice the scan):
      // a word can start again inside a run after "é", which \b does not count as a word's.
      let before = from > 0 ? text.charCodeAt(from - 1) : 0x20;
      for (let at = from; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (isAsciiWord(code) && !isAsciiWord(before)) {
          // Its word, as far as the longest first word and one more: past that it is no key's.
          let hash = 0;
          let end = at;
          for (; end < text.length && end - at <= longest; end++) {
            const c = text.charCodeAt(end);
            if (!isWordChar(c)) break;
            hash = mix(hash, c);
          }
          const regexes = end - at <= longest ? regexesOf.get(hash) : undefined;
          const m = regexes ? tryAt(text, at, regexes) : null;
          if (m) return m;
        }
        before = code;
      }
      return null;
    },
  };
}
