import { PhraseIndex, type PhraseData } from './phrase-index';
import type { PlacedPattern } from './placed-pattern';

/**
 * A lexicon sense as the page uses it, made from what the build wrote (compile-senses.ts): nothing
 * is compiled until a candidate of the word is judged. A page meets a few of the lexicon's words;
 * compiling every word's patterns and phrases on every page cost it milliseconds for nothing.
 */

/** How far around a word the context patterns and phrases look, in UTF-16 units. */
export const CONTEXT_REACH = 60;

/** A lexicon pattern, placed (see placed-pattern.ts), with its weight and label. */
export type PlacedRule = readonly [pattern: PlacedPattern, weight: number, label: string];

export interface CompiledSense {
  readonly prior: number;
  /** Fixed phrases around the word that never mean the mineral. */
  readonly phrases: PhraseIndex;
  readonly before: readonly PlacedRule[];
  readonly after: readonly PlacedRule[];
}

/** A placed pattern (see placed-pattern.ts) as regex source and flags, with its weight and label. */
export type PlacedRuleData = readonly [source: string, flags: string, weight: number, label: string];

/** A sense as plain data, what the build writes (see matcher-data.ts). */
export interface SenseData {
  readonly prior: number;
  readonly before: readonly PlacedRuleData[];
  readonly after: readonly PlacedRuleData[];
  readonly phrases: readonly PhraseData[];
}

const fromData = ([source, flags, weight, label]: PlacedRuleData): PlacedRule => [
  new RegExp(source, flags),
  weight,
  label,
];

/** A sense ready to judge with: its patterns and phrases are made on first use. */
export function instantiateSense(data: SenseData): CompiledSense {
  let before: PlacedRule[] | undefined;
  let after: PlacedRule[] | undefined;
  let phrases: PhraseIndex | undefined;
  return {
    prior: data.prior,
    get before() {
      return (before ??= data.before.map(fromData));
    },
    get after() {
      return (after ??= data.after.map(fromData));
    },
    get phrases() {
      return (phrases ??= new PhraseIndex(data.phrases));
    },
  };
}
