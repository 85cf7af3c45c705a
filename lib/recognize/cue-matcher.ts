import { APOSTROPHES, classOf, MATCHED_HYPHEN_RANGE } from '@/lib/text/punctuation';
import { keyOf } from './alias-variants';
import type { EntryKind } from './match-index';
import type { Group } from './page-context';
import { compileNow } from './regex-trie';

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
 * All cue words as the build computes them (compile-cues.ts): the regex's source (flags `g`, for
 * lowercased text), the groups, each cue as its word and group, and which cues each key and each
 * stem's key stands for.
 */
export interface CueData {
  readonly source: string;
  readonly groups: readonly CueGroupData[];
  readonly cues: readonly (readonly [word: string, group: number])[];
  readonly exact: readonly (readonly [key: string, cues: readonly number[]])[];
  readonly stems: readonly (readonly [key: string, cues: readonly number[]])[];
}

/** What keyOf would change in a lowercase string: separators, curly apostrophes. */
const NEEDS_KEY = new RegExp(`[-\\s${MATCHED_HYPHEN_RANGE}${classOf(APOSTROPHES.slice(1))}]`);

/**
 * One regex for all cue words of both languages. It only ever runs on the sentences around
 * ambiguous candidates, never on a whole page, so the stems' letter classes cost little. It and
 * its tables are made on first use: many pages have no ambiguous word at all.
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
  const cues = data.cues.map(([word, group]): Cue => ({ word, ...groups[group]! }));
  const table = (list: CueData['exact']) => new Map(list.map(([key, at]) => [key, at.map((i) => cues[i]!)]));
  const exact = table(data.exact);
  const stems = table(data.stems);
  const { source } = data;
  // The keys are lowercase: on lowercased text a case-sensitive regex finds what `i` would, at
  // a fraction of the cost (case folding at every step of a trie this size is most of its time).
  // Text whose lowercase changes length ("İ") keeps the folding regex, so offsets stay true.
  const lowerRegex = compileNow(new RegExp(source, 'g'));
  let foldingRegex: RegExp | undefined;

  function lookup(matched: string): Cue[] | undefined {
    // Most hits are one plain word, whose key is just its lowercase: keyOf's replaces are for
    // the rest (spaced initials, separators, curly apostrophes).
    const lower = matched.toLowerCase();
    const key = NEEDS_KEY.test(lower) ? keyOf(matched) : lower;
    const found = exact.get(key);
    if (found) return found;
    for (let length = key.length; length > 0; length--) {
      const stem = stems.get(key.slice(0, length));
      if (stem) return stem;
    }
    return undefined;
  }

  return {
    find(text, from, to) {
      const original = text.slice(from, to);
      const lower = original.toLowerCase();
      const sameLength = lower.length === original.length;
      const window = sameLength ? lower : original;
      const regex = sameLength ? lowerRegex : (foldingRegex ??= new RegExp(source, 'gi'));
      const hits: CueHit[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(window); m; m = regex.exec(window)) {
        const cues = lookup(m[0]);
        const start = from + m.index + (m[0].length - m[0].trimStart().length);
        if (cues) hits.push({ start, end: from + m.index + m[0].length, cues });
      }
      return hits;
    },
  };
}
