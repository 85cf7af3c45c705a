import { WORD_CHAR_CLASS, type KeysRegexPart } from './regex-trie';

/**
 * Finds the alias keys in a text without running the match regexes over it: V8 compiles a regex
 * on its first run, and the 20 kB of them cost every page some 30 ms, most pages naming no key.
 * Instead each word start is looked up in a Set of the keys' first words, and only where one is
 * found is the regex of that word's initial compiled (once) and tried, sticky, at that place. The
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
export function firstToken(key: string): string {
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
 * `sources`: the match regexes (flags `gi`, each a whole-word trie of the keys of a few initials);
 * `firstTokens`: for each, its keys' first words (firstToken).
 */
export function createKeyFinder(
  sources: readonly string[],
  firstTokens: readonly (readonly string[])[],
): KeyFinder {
  const regexOf = new Map<string, number>();
  firstTokens.forEach((tokens, i) => tokens.forEach((token) => regexOf.set(token, i)));
  const longest = Math.max(0, ...[...regexOf.keys()].map((token) => token.length));
  const sticky: (RegExp | undefined)[] = [];
  // Where \b starts a word (the regexes' own, ASCII), and as much of it as the longest first word
  // and one more: a longer word is no key's, and reading no further keeps every start's cost fixed.
  const wordStart = new RegExp(`(?<!\\w)\\w${WORD_CHAR_CLASS}{0,${longest}}`, 'g');
  return {
    matches: (text) => (from) => {
      wordStart.lastIndex = from;
      for (let word = wordStart.exec(text); word; word = wordStart.exec(text)) {
        const i = word[0].length <= longest ? regexOf.get(word[0].toLowerCase()) : undefined;
        if (i !== undefined) {
          const regex = (sticky[i] ??= new RegExp(sources[i]!, 'iy'));
          regex.lastIndex = word.index;
          const m = regex.exec(text);
          if (m) return m;
        }
        // One place on, not past the word: a word can start again after "é" ("éxito" is \b-split).
        wordStart.lastIndex = word.index + 1;
      }
      return null;
    },
  };
}
