import { createAliasEntries, type AliasData, type AliasEntries } from './alias-entries';
import { instantiateCues, type CueData, type CueMatcher } from './cue-matcher';
import { instantiateSense, type CompiledSense, type SenseData } from './instantiate-sense';
import { createKeyFinder, type KeyFinder, type KeyFinderData } from './key-matches';
import type { MatchIndex } from './match-index';

export type { AliasData, AliasEntry } from './alias-entries';

/**
 * The matcher a page uses, made from data the build computed (compile-matcher.ts writes it, see
 * data/generated/matcher.json): only Maps and RegExp objects are made here, a few milliseconds,
 * where computing alias forms, tries and senses on every page cost some 50 ms on a cold one.
 */

export interface MatcherStats {
  readonly terms: number;
  readonly aliases: number;
  /** Distinct literal forms after accent, inflection and spelling variants. */
  readonly keys: number;
  /** The key finder's regexes: one per first word of the keys (compile-key-starts.ts). */
  readonly regexes: number;
  /** The longest one's source, which V8 optimises only under 20 kB (REGEX_SOURCE_LIMIT). */
  readonly longestRegex: number;
  /** Aliases left out, with the reason: chemical symbols, keys that cannot start a word. */
  readonly skipped: readonly string[];
}

/** The matcher as JSON: terms and aliases by their index in the match index. */
export interface MatcherData {
  readonly version: string;
  /** The keys with an ASCII initial: a regex per first word, and the table of where keys start. */
  readonly finder: KeyFinderData;
  /** Keys with a non-ASCII initial: the initials, and a sticky regex's source (flags `iy`). */
  readonly otherInitials: { readonly initials: string[]; readonly source: string } | null;
  /** One per alias kept, as a tuple (the file ships in every page): see AliasEntry. */
  readonly aliases: AliasData[];
  /** Each key with its aliases (indexes into `aliases`), preferred first. */
  readonly entries: [string, number[]][];
  readonly prefixes: [string, string[]][];
  readonly senses: [string, SenseData][];
  /** The patterns around any ambiguous mineral word (lexicon/senses-generic.ts). */
  readonly generic: SenseData;
  /** The lexicon's cue words: see CueData. */
  readonly cues: CueData;
  readonly stats: MatcherStats;
}

export interface Matcher {
  readonly version: string;
  readonly stats: MatcherStats & { readonly compileMs: number };
  /** @internal The rest is the recognizer's own; the page engine only passes the matcher on. */
  readonly keys: KeyFinder;
  /** @internal Keys the main regexes cannot start (a non-ASCII initial), if the index has any. */
  readonly otherInitials: { readonly initials: readonly string[]; readonly regex: RegExp } | undefined;
  /** @internal Alias entries per key, preferred first. */
  readonly entries: AliasEntries;
  /** @internal Shorter keys that are whole-word prefixes of a key, longest first. */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  /** @internal */
  readonly cues: CueMatcher;
  /** @internal */
  readonly generic: CompiledSense;
}

/**
 * `data` must come from this `index` (the build writes both from the same dataset). `globalAfter`:
 * the characters the key finder reads word by word before it compiles every key's regex at once
 * (see GLOBAL_AFTER_CHARS; Infinity: never).
 */
export function instantiateMatcher(index: MatchIndex, data: MatcherData, globalAfter?: number): Matcher {
  const started = performance.now();
  if (data.version !== index.version)
    throw new Error(
      `matcher data ${data.version} does not match the index ${index.version}: run npm run data:check`,
    );
  const other = data.otherInitials;
  return {
    version: data.version,
    keys: createKeyFinder(data.finder, globalAfter),
    otherInitials: other ? { initials: other.initials, regex: new RegExp(other.source, 'iy') } : undefined,
    entries: createAliasEntries(index, data),
    prefixes: new Map(data.prefixes),
    cues: instantiateCues(data.cues),
    generic: instantiateSense(data.generic),
    stats: { ...data.stats, compileMs: performance.now() - started },
  };
}
