import { APOSTROPHES, classOf, MATCHED_HYPHEN_RANGE } from '@/lib/text/punctuation';
import { keyOf } from './alias-variants';
import { CueKeys, type CueKeyData } from './cue-keys';
import type { EntryKind } from './match-index';
import type { Group } from './page-context';

export interface Cue {
  readonly word: string;
  readonly topic: string;
  readonly weight: number;
  readonly kinds: readonly EntryKind[] | undefined;
  /** Sense keys (see senseKey) the cue is about; any word when undefined. */
  readonly only: ReadonlySet<string> | undefined;
  /** The groups whose page prior the cue speaks to (none for word-specific cues). */
  readonly groups: readonly Group[];
}

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly cues: readonly Cue[];
}

export interface CueMatcher {
  /** Every cue word in text[from, to), in order. */
  find(text: string, from: number, to: number): CueHit[];
}

/** A cue group as matcher.json holds it: a Cue less its word, null for undefined, `only` a list. */
export type CueGroupData = readonly [
  topic: string,
  weight: number,
  kinds: readonly EntryKind[] | null,
  only: readonly string[] | null,
  groups: readonly Group[],
];

/**
 * All cue words as the build computes them (compile-cues.ts): the groups, each cue as its word and
 * group, which cues each key and each stem's key stands for, and the tables that find the keys.
 */
export interface CueData {
  readonly groups: readonly CueGroupData[];
  readonly cues: readonly (readonly [word: string, group: number])[];
  readonly exact: readonly (readonly [key: string, cues: readonly number[]])[];
  readonly stems: readonly (readonly [key: string, cues: readonly number[]])[];
  readonly finder: CueKeyData;
}

/** What keyOf would change in a lowercase string: separators, curly apostrophes. */
const NEEDS_KEY = /* @__PURE__ */ new RegExp(`[-\\s${MATCHED_HYPHEN_RANGE}${classOf(APOSTROPHES.slice(1))}]`);

/**
 * The cue words of both languages, looked up word by word (cue-keys.ts) in the sentences around
 * ambiguous candidates, never a whole page. The tables are made on first use: many pages have no
 * ambiguous word at all.
 */
export function instantiateCues(data: CueData): CueMatcher {
  let compiled: CueMatcher | undefined;
  return {
    find(text, from, to) {
      compiled ??= buildCues(data);
      return compiled.find(text, from, to);
    },
  };
}

function buildCues(data: CueData): CueMatcher {
  const groups = data.groups.map(([topic, weight, kinds, only, speaksTo]) => ({
    topic,
    weight,
    kinds: kinds ?? undefined,
    only: only ? new Set(only) : undefined,
    groups: speaksTo,
  }));
  // A sentence meets a few of the ~540 cues: each is made when first found, once.
  const made: Cue[] = [];
  const cueAt = (i: number) => {
    const [word, group] = data.cues[i]!;
    return (made[i] ??= { word, ...groups[group]! });
  };
  const listed = new Map<readonly number[], Cue[]>();
  const cuesOf = (at: readonly number[]) => {
    let cues = listed.get(at);
    if (!cues) listed.set(at, (cues = at.map(cueAt)));
    return cues;
  };
  const exact = new Map(data.exact);
  const stems = new Map(data.stems);
  const keys = new CueKeys(data.finder);

  function lookup(matched: string): Cue[] | undefined {
    // Most hits are one plain word, whose key is just its lowercase: keyOf's replaces are for
    // the rest (spaced initials, separators, curly apostrophes).
    const lower = matched.toLowerCase();
    const key = NEEDS_KEY.test(lower) ? keyOf(matched) : lower;
    const found = exact.get(key);
    if (found) return cuesOf(found);
    for (let length = key.length; length > 0; length--) {
      const stem = stems.get(key.slice(0, length));
      if (stem) return cuesOf(stem);
    }
    return undefined;
  }

  return {
    find(text, from, to) {
      const original = text.slice(from, to);
      const lower = original.toLowerCase();
      // Text whose lowercase changes length ("İ") is read case-folded instead, so offsets stay true.
      const sameLength = lower.length === original.length;
      const window = sameLength ? lower : original;
      const found = keys.locate(sameLength ? lower : keys.foldedView(original));
      const hits: CueHit[] = [];
      for (let j = 0; j < found.length; j += 2) {
        const matched = window.slice(found[j], found[j + 1]);
        const cues = lookup(matched);
        const start = from + found[j]! + (matched.length - matched.trimStart().length);
        if (cues) hits.push({ start, end: from + found[j + 1]!, cues });
      }
      return hits;
    },
  };
}
