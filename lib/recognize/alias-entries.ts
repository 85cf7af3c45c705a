import { instantiateSense, type CompiledSense, type SenseData } from './instantiate-sense';
import type { MatchAlias, MatchIndex, MatchTerm } from './match-index';

/**
 * The matcher's alias entries by key, each key's made when the scan first finds it: a page names a
 * few tens of the 980 keys, and making all 625 entries, their senses and a list per key was most
 * of instantiateMatcher's time on every page that loads the recognizer. The build's lists (indexes
 * into `aliases`) go into Maps as they are, which the Map constructor does natively.
 */

/** An alias of a term, as a key the scan finds leads to it. */
export interface AliasEntry {
  readonly term: MatchTerm;
  readonly alias: MatchAlias;
  /** For case-sensitive aliases: the shape the page's text must have (see shapeOf). */
  readonly shape: string | undefined;
  /** The dataset's hint, or an acronym of two letters, which collides with too many words. */
  readonly ambiguous: boolean;
  readonly sense: CompiledSense | undefined;
  /** The alias without case, accents or hyphens: what lexicon rules are keyed by. */
  readonly senseKey: string;
}

/** term and alias: indexes into the match index; shape: null when case does not count. */
export type AliasData = readonly [
  term: number,
  alias: number,
  shape: string | null,
  ambiguous: 0 | 1,
  senseKey: string,
];

export interface AliasEntries {
  has(key: string): boolean;
  /** The key's entries, preferred first. */
  get(key: string): readonly AliasEntry[] | undefined;
  keys(): MapIterator<string>;
  values(): IteratorObject<readonly AliasEntry[]>;
}

export function createAliasEntries(
  index: MatchIndex,
  data: {
    readonly aliases: readonly AliasData[];
    readonly entries: readonly (readonly [string, number[]])[];
    readonly senses: readonly (readonly [string, SenseData])[];
  },
): AliasEntries {
  const ids = new Map(data.entries);
  const senseData = new Map(data.senses);
  const senses = new Map<string, CompiledSense | undefined>();
  const aliases: (AliasEntry | undefined)[] = [];
  const lists = new Map<string, readonly AliasEntry[]>();
  const senseOf = (key: string) => {
    if (!senses.has(key)) {
      const sense = senseData.get(key);
      senses.set(key, sense && instantiateSense(sense));
    }
    return senses.get(key);
  };
  // One object per alias, shared by every key it owns.
  const aliasAt = (at: number): AliasEntry => {
    let entry = aliases[at];
    if (!entry) {
      const [term, alias, shape, ambiguous, senseKey] = data.aliases[at]!;
      entry = aliases[at] = {
        term: index.terms[term]!,
        alias: index.terms[term]!.aliases[alias]!,
        shape: shape ?? undefined,
        ambiguous: ambiguous === 1,
        sense: senseOf(senseKey),
        senseKey,
      };
    }
    return entry;
  };
  const get = (key: string) => {
    let list = lists.get(key);
    if (!list) {
      const at = ids.get(key);
      if (!at) return undefined;
      lists.set(key, (list = at.map(aliasAt)));
    }
    return list;
  };
  return {
    has: (key) => ids.has(key),
    get,
    keys: () => ids.keys(),
    values: () => ids.keys().map((key) => get(key)!),
  };
}
