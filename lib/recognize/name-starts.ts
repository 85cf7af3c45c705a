import { canonicalText } from './canonical-text';
import type { MatcherData } from './instantiate-matcher';
import { nextKeyStart } from './key-matches';
import { createStartTable, keyStartsByRegex, type StartTable } from './key-starts';
import { otherInitialMatches, startsWithAsciiWord } from './regex-trie';

/**
 * The question the small content script asks of a frame's text before it loads the recognizer:
 * could any name start here? It is asked with the recognizer's own word lookup (key-matches.ts)
 * over every key's starts, so a text it says no to is one the recognizer finds nothing in: the
 * answer may be a false yes (two words that only hash alike), never a false no. Its data, a few kB
 * (data/generated/name-starts.json), comes from the matcher data at `npm run data:check`.
 */
export interface NameStarts {
  /** Where the keys with an ASCII initial start (keyStartsByRegex), in any case. */
  readonly starts: readonly string[];
  /**
   * Where the keys start that are names only with a capital ("SE", "IRA", "Commission"): the
   * recognizer refuses "se", "ira" and "commission", and so, here, does the test, or every Spanish
   * page would pass it on "se".
   */
  readonly capitalStarts: readonly string[];
  /** Where the keys start that are names only in capitals ("SE", "IRA"): "Se" opens many a sentence. */
  readonly acronymStarts: readonly string[];
  /** Keys with a non-ASCII initial ("étain"): as the matcher data has them. */
  readonly others: MatcherData['otherInitials'];
}

/** How many capitals every alias a key stands for must begin with (its shape's): 0, 1 or 2. */
const capitalsOf = (data: MatcherData, aliases: readonly number[]) =>
  Math.min(...aliases.map((at) => /^[A-Z]{0,2}/.exec(data.aliases[at]![2] ?? '')![0].length));

const startsOf = (keys: readonly string[]) =>
  keyStartsByRegex([{ source: '', initials: [...new Set(keys.map((key) => key[0]!))].join('') }], keys)[0]!;

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

/**
 * Whether a text has a place where a key may match, read as the recognizer reads it
 * (canonical-text.ts: soft hyphens and zero-width characters out, accents composed).
 */
export type NameTest = (text: string) => boolean;

const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;

/** Whether a word of `table`'s starts begins with `capitals` capitals (1 or 2) somewhere. */
function capitalsAt(table: StartTable, text: string, capitals: number): boolean {
  for (let at = nextKeyStart(table, text, 0); at >= 0; at = nextKeyStart(table, text, at + 1))
    if (isCapital(text.charCodeAt(at)) && (capitals === 1 || isCapital(text.charCodeAt(at + 1)))) return true;
  return false;
}

export function createNameTest({ starts, capitalStarts, acronymStarts, others }: NameStarts): NameTest {
  const table = createStartTable([starts]);
  const capitals = createStartTable([capitalStarts]);
  const acronyms = createStartTable([acronymStarts]);
  // As the recognizer tries them (scan-candidates.ts).
  const late = others && { initials: others.initials, regex: new RegExp(others.source, 'iy') };
  const otherAt = (text: string) => late !== null && !otherInitialMatches(late, text).next().done;
  return (raw) => {
    const { text } = canonicalText(raw);
    return (
      nextKeyStart(table, text, 0) >= 0 ||
      capitalsAt(capitals, text, 1) ||
      capitalsAt(acronyms, text, 2) ||
      otherAt(text)
    );
  };
}
