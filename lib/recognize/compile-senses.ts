import { keyOf, stripAccents } from './alias-variants';
import { phraseData } from './compile-phrases';
import type { PlacedRuleData, SenseData } from './instantiate-sense';
import { GENERIC_AFTER, GENERIC_BEFORE } from './lexicon/senses-generic';
import type { ContextPattern, SenseRule } from './lexicon/types';
import type { MatchAlias, MatchTerm } from './match-index';
import { patternNeighbours } from './pattern-neighbours';
import type { PhraseData } from './phrase-index';
import { placeAfter, placeBefore } from './placed-pattern';

/** The rules placed (see placed-pattern.ts), as data, with what each needs next to the word. */
function placeRules(rules: readonly ContextPattern[], side: 'before' | 'after'): PlacedRuleData[] {
  const place = side === 'before' ? placeBefore : placeAfter;
  return rules.map(([pattern, weight, label]) => {
    const { source, flags } = place(pattern);
    return [source, flags, weight, label, patternNeighbours(source, flags, side) ?? null];
  });
}

/** Senses are keyed without accents, so "fosforo" in the dataset still finds the rules for "fósforo". */
export function senseKey(text: string): string {
  return stripAccents(keyOf(text));
}

/** A sense as the build collects it: SenseData, still growing. */
interface SenseDraft {
  prior: number;
  readonly before: PlacedRuleData[];
  readonly after: PlacedRuleData[];
  readonly phrases: PhraseData[];
}

function senseFor(senses: Map<string, SenseDraft>, key: string): SenseDraft {
  let sense = senses.get(key);
  if (!sense) senses.set(key, (sense = { prior: 0, before: [], after: [], phrases: [] }));
  return sense;
}

/** Adds the phrase unless the word is not in it (or is all of it): see phraseData. */
function addPhrase(sense: SenseDraft, phrase: string, word: string, topic?: string): void {
  const data = phraseData(phrase, word, topic);
  if (data) sense.phrases.push(data);
}

/**
 * Lexicon rules and the dataset's own negatives ("Silicon Valley"), keyed by senseKey, as data:
 * placed patterns as regex source and flags, phrases as the PhraseIndex takes them.
 * `formsOf` gives an alias's literal forms (aliasVariants), which the caller computes once for
 * both uses.
 */
export function compileSenseData(
  rules: readonly SenseRule[],
  terms: readonly MatchTerm[],
  formsOf: (alias: MatchAlias) => readonly string[],
): Map<string, SenseData> {
  const senses = new Map<string, SenseDraft>();
  for (const rule of rules) {
    for (const word of rule.words) {
      const sense = senseFor(senses, senseKey(word));
      sense.prior += rule.prior ?? 0;
      sense.before.push(...placeRules(rule.before ?? [], 'before'));
      sense.after.push(...placeRules(rule.after ?? [], 'after'));
      for (const phrase of rule.phrases ?? []) addPhrase(sense, phrase, word);
      for (const [topic, phrases] of Object.entries(rule.topical ?? {})) {
        for (const phrase of phrases) addPhrase(sense, phrase, word, topic);
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
        if (form) addPhrase(senseFor(senses, senseKey(alias.text)), negative, form);
      }
    }
  }
  return senses;
}

/** The patterns around any ambiguous mineral word, whatever the word, as a sense of their own. */
export function compileGenericSense(): SenseData {
  return {
    prior: 0,
    before: placeRules(GENERIC_BEFORE, 'before'),
    after: placeRules(GENERIC_AFTER, 'after'),
    phrases: [],
  };
}
