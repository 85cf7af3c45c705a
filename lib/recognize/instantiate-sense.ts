import { pastSeparators } from './char-class';
import { PhraseIndex, type PhraseData } from './phrase-index';
import { holdsAt, type PlacedPattern } from './placed-pattern';
import type { Reason } from './reason-codes';

/**
 * A lexicon sense as the page uses it, made from what the build wrote (compile-senses.ts): nothing
 * is compiled until a candidate of the word is judged. A page meets a few of the lexicon's words;
 * compiling every word's patterns and phrases on every page cost it milliseconds for nothing.
 */

/** How far around a word the context patterns and phrases look, in UTF-16 units. */
export const CONTEXT_REACH = 60;

/**
 * A lexicon pattern, placed (see placed-pattern.ts), with its weight and label. Its regex is
 * compiled only once the words it needs next to the word are there (see pattern-neighbours.ts and
 * PlacedRules): most rules fail on most words, and compiling each on its first test was most of
 * their cost.
 */
export class PlacedRule {
  private regex: PlacedPattern | undefined;

  constructor(private readonly data: PlacedRuleData) {}

  get weight(): number {
    return this.data[2];
  }

  get label(): string {
    return this.data[3];
  }

  /** Whether the pattern holds at `at`, its neighbours being there (or unknown). */
  holdsAt(text: string, at: number): boolean {
    this.regex ??= new RegExp(this.data[0], this.data[1]);
    return holdsAt(this.regex, text, at);
  }
}

/** The neighbours of one side's rules, read outward from the word: the rules whose string ends here. */
interface NeighbourNode {
  readonly next: Map<number, NeighbourNode>;
  rules: number[] | undefined;
}

const newNode = (): NeighbourNode => ({ next: new Map(), rules: undefined });

/**
 * A character as toLowerCase reads it within a string, or -1 where that is two characters ("İ"):
 * no neighbour has those, as no lowercased neighbour holds a letter other than Latin.
 */
function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/**
 * One side's rules of a sense, weighed together at a word. Their neighbours (the strings one of
 * which a rule needs next to the word, past whitespace and hyphens: neighbourHolds in
 * placed-pattern.ts says the same of one rule) are one trie per case, read once per word, outward
 * from it, a character at a time: the look-up per rule copied and lowercased the text next to the
 * word for each length of its strings, some fifty strings made per ambiguous word.
 */
export class PlacedRules {
  readonly rules: readonly PlacedRule[];
  /** Strings compared lowercased (the rule's flag `i`), and as they stand. */
  private readonly folded = newNode();
  private readonly exact = newNode();
  /** Rules with no neighbours known: always tested. */
  private readonly always: boolean[];
  /** For each rule, the last round its neighbours were found in (see weigh). */
  private readonly found: Uint32Array;
  private round = 0;

  constructor(
    data: readonly PlacedRuleData[],
    private readonly side: 'before' | 'after',
  ) {
    this.rules = data.map((rule) => new PlacedRule(rule));
    this.always = data.map((rule) => rule[4] === null);
    this.found = new Uint32Array(data.length);
    data.forEach(([, flags, , , strings], i) => {
      for (const s of strings ?? []) {
        let node = flags.includes('i') ? this.folded : this.exact;
        for (let k = 0; k < s.length; k++) {
          const code = s.charCodeAt(side === 'before' ? s.length - 1 - k : k);
          let next = node.next.get(code);
          if (!next) node.next.set(code, (next = newNode()));
          node = next;
        }
        (node.rules ??= []).push(i);
      }
    });
  }

  /** The weights of the rules that hold at `at`, in order, each labelled one said in `reasons`. */
  weigh(text: string, at: number, reasons: Reason[]): number {
    const { rules } = this;
    if (rules.length === 0) return 0;
    const round = (this.round = (this.round + 1) >>> 0 || 1);
    const edge = pastSeparators(text, at, this.side);
    this.mark(this.folded, true, text, edge, round);
    this.mark(this.exact, false, text, edge, round);
    let sum = 0;
    for (let i = 0; i < rules.length; i++) {
      if (!this.always[i] && this.found[i] !== round) continue;
      const rule = rules[i]!;
      if (!rule.holdsAt(text, at)) continue;
      sum += rule.weight;
      if (rule.label) reasons.push({ code: 'rule', detail: rule.label, weight: rule.weight });
    }
    return sum;
  }

  /** Marks, with `round`, the rules whose neighbour (in `root`'s trie) ends or starts the text at `edge`. */
  private mark(root: NeighbourNode, fold: boolean, text: string, edge: number, round: number): void {
    const step = this.side === 'before' ? -1 : 1;
    let node: NeighbourNode | undefined = root;
    for (let at = this.side === 'before' ? edge - 1 : edge; at >= 0 && at < text.length; at += step) {
      const code = text.charCodeAt(at);
      node = node.next.get(fold ? lowerCode(code) : code);
      if (!node) return;
      const rules = node.rules;
      for (let r = 0; rules && r < rules.length; r++) this.found[rules[r]!] = round;
    }
  }
}

export interface CompiledSense {
  readonly prior: number;
  /** Fixed phrases around the word that never mean the mineral. */
  readonly phrases: PhraseIndex;
  readonly before: PlacedRules;
  readonly after: PlacedRules;
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
  let before: PlacedRules | undefined;
  let after: PlacedRules | undefined;
  let phrases: PhraseIndex | undefined;
  return {
    prior: data.prior,
    get before() {
      return (before ??= new PlacedRules(data.before, 'before'));
    },
    get after() {
      return (after ??= new PlacedRules(data.after, 'after'));
    },
    get phrases() {
      return (phrases ??= new PhraseIndex(data.phrases));
    },
  };
}
