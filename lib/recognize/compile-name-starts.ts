import { keyStarts, startTableData } from './compile-key-starts';
import type { MatcherData } from './instantiate-matcher';
import type { NameStarts, StartTables } from './name-starts';
import { startsWithAsciiWord } from './regex-trie';

/**
 * The content script's name test's data (name-starts.ts), computed from the matcher data by
 * `npm run data:check` into data/generated/name-starts.json: kept apart from the test itself so
 * that none of this ships in content.js.
 */

/** How many capitals every alias a key stands for must begin with (its shape's): 0, 1 or 2. */
const capitalsOf = (data: MatcherData, aliases: readonly number[]) =>
  Math.min(...aliases.map((at) => /^[A-Z]{0,2}/.exec(data.aliases[at]![2] ?? '')![0].length));

/** Whether every alias a key stands for is a name only in some sentences ("lead", "China", "IRA"). */
const isAmbiguous = (data: MatcherData, aliases: readonly number[]) =>
  aliases.every((at) => data.aliases[at]![3] === 1);

const startsOf = (keys: readonly string[]) => startTableData(keyStarts(keys));

function tablesOf(data: MatcherData, entries: MatcherData['entries']): StartTables {
  const keysWith = (capitals: number) =>
    entries.filter(([, aliases]) => capitalsOf(data, aliases) === capitals).map(([key]) => key);
  return {
    starts: startsOf(keysWith(0)),
    capitalStarts: startsOf(keysWith(1)),
    acronymStarts: startsOf(keysWith(2)),
  };
}

/**
 * The keys split by their kind: a frame whose only possible names are ambiguous words asks the
 * background whether any is a mention before it loads the engine (lib/page/probe-frame.ts). Keys
 * with a non-ASCII initial ("étain") are all counted sure: they are few, and rare on a page.
 */
export function nameStartsOf(data: MatcherData): NameStarts {
  const ascii = data.entries.filter(([key]) => startsWithAsciiWord(key));
  return {
    ...tablesOf(
      data,
      ascii.filter(([, aliases]) => !isAmbiguous(data, aliases)),
    ),
    ambiguous: tablesOf(
      data,
      ascii.filter(([, aliases]) => isAmbiguous(data, aliases)),
    ),
    any: startsOf(ascii.map(([key]) => key)),
    others: data.otherInitials,
  };
}
