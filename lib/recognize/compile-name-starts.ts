import { keyStarts, startTableData } from './compile-key-starts';
import type { MatcherData } from './instantiate-matcher';
import type { NameStarts } from './name-starts';
import { startsWithAsciiWord } from './regex-trie';

/**
 * The content script's name test's data (name-starts.ts), computed from the matcher data by
 * `npm run data:check` into data/generated/name-starts.json: kept apart from the test itself so
 * that none of this ships in content.js.
 */

/** How many capitals every alias a key stands for must begin with (its shape's): 0, 1 or 2. */
const capitalsOf = (data: MatcherData, aliases: readonly number[]) =>
  Math.min(...aliases.map((at) => /^[A-Z]{0,2}/.exec(data.aliases[at]![2] ?? '')![0].length));

const startsOf = (keys: readonly string[]) => startTableData(keyStarts(keys));

export function nameStartsOf(data: MatcherData): NameStarts {
  const ascii = data.entries.filter(([key]) => startsWithAsciiWord(key));
  const keysWith = (capitals: number) =>
    ascii.filter(([, aliases]) => capitalsOf(data, aliases) === capitals).map(([key]) => key);
  return {
    starts: startsOf(keysWith(0)),
    capitalStarts: startsOf(keysWith(1)),
    acronymStarts: startsOf(keysWith(2)),
    others: data.otherInitials,
  };
}
