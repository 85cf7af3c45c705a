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

interface SenseDraft extends CompiledSense {
  readonly pending: { phrase: string; word: string; topic?: string }[];
}

function senseFor(senses: Map<string, SenseDraft>, key: string): SenseDraft {
  let sense = senses.get(key);
  if (!sense) {
    // Phrase regexes are built on the first candidate that needs them: most words of the
    // lexicon never occur on a given page, and compiling all of them would slow every start.
    let phrases: PhraseIndex | undefined;
    const draft: SenseDraft = {
      prior: 0,
      before: [],
      after: [],
      pending: [],
      get phrases() {
        if (!phrases) {
          phrases = new PhraseIndex();
          for (const { phrase, word, topic } of draft.pending) phrases.add(phrase, word, topic);
        }
        return phrases;
      },
    };
    senses.set(key, (sense = draft));
  }
  return sense;
}

/**
 * Lexicon rules and the dataset's own negatives ("Silicon Valley"), keyed by senseKey. `formsOf`
 * gives an alias's literal forms (aliasVariants), which the caller computes once for both uses.
 */
export function compileSenses(
  rules: readonly SenseRule[],
  terms: readonly MatchTerm[],
  formsOf: (alias: MatchAlias) => readonly string[],
): Map<string, CompiledSense> {
  const senses = new Map<string, SenseDraft>();
  for (const rule of rules) {
    for (const word of rule.words) {
      const sense = senseFor(senses, senseKey(word));
      sense.prior += rule.prior ?? 0;
      sense.before.push(...placeRules(rule.before ?? [], 'before'));
      sense.after.push(...placeRules(rule.after ?? [], 'after'));
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
