import { PhraseIndex, type PhraseData } from './phrase-index';
import { holdsAt, neighbourHolds, type Neighbours, type PlacedPattern } from './placed-pattern';

/**
 * A lexicon sense as the page uses it, made from what the build wrote (compile-senses.ts): nothing
 * is compiled until a candidate of the word is judged. A page meets a few of the lexicon's words;
 * compiling every word's patterns and phrases on every page cost it milliseconds for nothing.
 */

/** How far around a word the context patterns and phrases look, in UTF-16 units. */
export const CONTEXT_REACH = 60;

/**
 * A lexicon pattern, placed (see placed-pattern.ts), with its weight and label. Its regex is
 * compiled only once the words it needs next to the word are there (see pattern-neighbours.ts):
 * most rules fail on most words, and compiling each on its first test was most of their cost.
 */
export class PlacedRule {
  private regex: PlacedPattern | undefined;
  private readonly neighbours: Neighbours | undefined;

  constructor(
    private readonly data: PlacedRuleData,
    private readonly side: 'before' | 'after',
  ) {
    const strings = data[4];
    if (strings) {
      const lengths = [...new Set(strings.map((s) => s.length))];
      this.neighbours = { strings: new Set(strings), lengths, fold: data[1].includes('i') };
    }
  }

  get weight(): number {
    return this.data[2];
  }

  get label(): string {
    return this.data[3];
  }

  /** Whether the pattern holds at `at`: right before text[at], or from text[at] on. */
  holdsAt(text: string, at: number): boolean {
    if (this.neighbours && !neighbourHolds(this.neighbours, this.side, text, at)) return false;
    this.regex ??= new RegExp(this.data[0], this.data[1]);
    return holdsAt(this.regex, text, at);
  }
}

export interface CompiledSense {
  readonly prior: number;
  /** Fixed phrases around the word that never mean the mineral. */
  readonly phrases: PhraseIndex;
  readonly before: readonly PlacedRule[];
  readonly after: readonly PlacedRule[];
}

/**
 * A placed pattern (see placed-pattern.ts) as regex source and flags, with its weight and label,
 * and the strings one of which it needs next to the word (null: not known, always tested).
 */
export type PlacedRuleData = readonly [
  source: string,
  flags: string,
  weight: number,
  label: string,
  neighbours: readonly string[] | null,
];

/** A sense as plain data, what the build writes (see matcher-data.ts). */
export interface SenseData {
  readonly prior: number;
  readonly before: readonly PlacedRuleData[];
  readonly after: readonly PlacedRuleData[];
  readonly phrases: readonly PhraseData[];
}

/** A sense ready to judge with: its patterns and phrases are made on first use. */
export function instantiateSense(data: SenseData): CompiledSense {
  let before: PlacedRule[] | undefined;
  let after: PlacedRule[] | undefined;
  let phrases: PhraseIndex | undefined;
  return {
    prior: data.prior,
    get before() {
      return (before ??= data.before.map((rule) => new PlacedRule(rule, 'before')));
    },
    get after() {
      return (after ??= data.after.map((rule) => new PlacedRule(rule, 'after')));
    },
    get phrases() {
      return (phrases ??= new PhraseIndex(data.phrases));
    },
  };
}
