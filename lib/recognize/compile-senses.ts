import { keyOf, stripAccents } from './alias-variants';
import type { ContextPattern, SenseRule } from './lexicon/types';
import type { MatchAlias, MatchTerm } from './match-index';
import { PhraseIndex } from './phrase-index';
import { placeAfter, placeBefore, type PlacedPattern } from './placed-pattern';

export interface CompiledSense {
  prior: number;
  /** Fixed phrases around the word that never mean the mineral. */
  readonly phrases: PhraseIndex;
  readonly before: PlacedRule[];
  readonly after: PlacedRule[];
}

/** A lexicon pattern, placed (see placed-pattern.ts), with its weight and label. */
export type PlacedRule = readonly [pattern: PlacedPattern, weight: number, label: string];

export function placeRules(rules: readonly ContextPattern[], side: 'before' | 'after'): PlacedRule[] {
  const place = side === 'before' ? placeBefore : placeAfter;
  return rules.map(([pattern, weight, label]) => [place(pattern), weight, label] as const);
}

/** How far around a word the context patterns and phrases look, in UTF-16 units. */
export const CONTEXT_REACH = 60;

/** Senses are keyed without accents, so "fosforo" in the dataset still finds the rules for "fósforo". */
export function senseKey(text: string): string {
  return stripAccents(keyOf(text));
}

/**
 * A sense as plain data, what the build writes (see matcher-data.ts): placed patterns as regex
 * source and flags, phrases as they are added to the PhraseIndex.
 */
export interface SenseData {
  prior: number;
  readonly before: PlacedRuleData[];
  readonly after: PlacedRuleData[];
  readonly pending: { phrase: string; word: string; topic?: string }[];
}
export type PlacedRuleData = readonly [source: string, flags: string, weight: number, label: string];

const toData = ([pattern, weight, label]: PlacedRule): PlacedRuleData => [
  pattern.source,
  pattern.flags,
  weight,
  label,
];
const fromData = ([source, flags, weight, label]: PlacedRuleData): PlacedRule => [
  new RegExp(source, flags),
  weight,
  label,
];

/** A sense ready to judge with. Its regexes compile lazily in V8; its phrases on first use. */
export function instantiateSense(data: SenseData): CompiledSense {
  // Phrase regexes are built on the first candidate that needs them: most words of the
  // lexicon never occur on a given page, and compiling all of them would slow every start.
  let phrases: PhraseIndex | undefined;
  return {
    prior: data.prior,
    before: data.before.map(fromData),
    after: data.after.map(fromData),
    get phrases() {
      if (!phrases) {
        phrases = new PhraseIndex();
        for (const { phrase, word, topic } of data.pending) phrases.add(phrase, word, topic);
      }
      return phrases;
    },
  };
}

function senseFor(senses: Map<string, SenseData>, key: string): SenseData {
  let sense = senses.get(key);
  if (!sense) senses.set(key, (sense = { prior: 0, before: [], after: [], pending: [] }));
  return sense;
}

/**
 * Lexicon rules and the dataset's own negatives ("Silicon Valley"), keyed by senseKey, as data.
 * `formsOf` gives an alias's literal forms (aliasVariants), which the caller computes once for
 * both uses.
 */
export function compileSenseData(
  rules: readonly SenseRule[],
  terms: readonly MatchTerm[],
  formsOf: (alias: MatchAlias) => readonly string[],
): Map<string, SenseData> {
  const senses = new Map<string, SenseData>();
  for (const rule of rules) {
    for (const word of rule.words) {
      const sense = senseFor(senses, senseKey(word));
      sense.prior += rule.prior ?? 0;
      sense.before.push(...placeRules(rule.before ?? [], 'before').map(toData));
      sense.after.push(...placeRules(rule.after ?? [], 'after').map(toData));
      for (const phrase of rule.phrases ?? []) sense.pending.push({ phrase, word });
      for (const [topic, phrases] of Object.entries(rule.topical ?? {})) {
        for (const phrase of phrases) sense.pending.push({ phrase, word, topic });
      }
    }
  }
  for (const term of terms) {
    if (term.negatives.length === 0) continue;
    for (const alias of term.aliases) {
      // A negative may spell another form of the alias ("China Rare Earth Group" for "rare
      // earths"): it belongs to the alias's rules whichever form the page writes.
      const forms = new Set(formsOf(alias).map(senseKey));
      for (const negative of term.negatives) {
        const plain = ` ${senseKey(negative)} `;
        const form = [...forms].find((f) => plain.includes(` ${f} `));
        if (form) senseFor(senses, senseKey(alias.text)).pending.push({ phrase: negative, word: form });
      }
    }
  }
  return senses;
}
