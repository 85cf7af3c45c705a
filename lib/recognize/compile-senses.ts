import { keyOf, stripAccents } from './alias-variants';
import type { ContextPattern, SenseRule } from './lexicon/types';
import type { MatchTerm } from './match-index';

/** A fixed phrase around one word, split into what must precede it and what must follow it. */
export interface PhraseCheck {
  readonly before?: RegExp;
  readonly after?: RegExp;
  readonly label: string;
  /** The phrase capitalises the word: a proper name, which lowercase text does not spell. */
  readonly capitalised: boolean;
}

export interface CompiledSense {
  prior: number;
  readonly phrases: readonly PhraseCheck[];
  readonly before: ContextPattern[];
  readonly after: ContextPattern[];
}

/** How far around a word the context patterns and phrases look, in UTF-16 units. */
export const CONTEXT_REACH = 60;

const SEP = '[\\s\\-\u2010-\u2013]+';
const NOT_WORD = '(?:^|[^\\p{L}\\p{N}])';

// Phrases are checked on a few dozen characters only, so classes cost nothing here.
const ACCENTED: Record<string, string> = {
  a: '[aá]',
  e: '[eé]',
  i: '[ií]',
  o: '[oó]',
  u: '[uúü]',
  n: '[nñ]',
};

function wordsPattern(words: string[]): string {
  return words
    .map((w) =>
      stripAccents(w)
        .replace(/[.+?^${}()|[\]\\/]/g, '\\$&')
        .replace(/[aeioun]/g, (c) => ACCENTED[c]!)
        .replace(/\*$/, '\\p{L}*')
        .replace(/'/g, "['\u2019]"),
    )
    .join(SEP);
}

/** "take the lead" for "lead" → before /take the $/; "silver medal*" for "silver" → after /^ medal…/. */
export function compilePhrase(phrase: string, word: string): PhraseCheck | undefined {
  const words = keyOf(phrase).split(' ');
  const plain = words.map(stripAccents);
  const wordParts = senseKey(word).split(' ');
  const at = plain.findIndex((_, i) => wordParts.every((p, j) => plain[i + j] === p));
  if (at === -1) return undefined;
  const written = phrase.split(/[\s\-\u2010-\u2013]+/)[at] ?? '';
  const prefix = words.slice(0, at);
  const suffix = words.slice(at + wordParts.length);
  if (prefix.length === 0 && suffix.length === 0) return undefined;
  return {
    label: phrase,
    capitalised: /^\p{Lu}/u.test(written),
    before: prefix.length ? new RegExp(`${NOT_WORD}${wordsPattern(prefix)}${SEP}$`, 'iu') : undefined,
    after: suffix.length ? new RegExp(`^${SEP}${wordsPattern(suffix)}(?![\\p{L}\\p{N}])`, 'iu') : undefined,
  };
}

/** Senses are keyed without accents, so "fosforo" in the dataset still finds the rules for "fósforo". */
export function senseKey(text: string): string {
  return stripAccents(keyOf(text));
}

interface SenseDraft extends CompiledSense {
  readonly pending: { phrase: string; word: string }[];
}

function senseFor(senses: Map<string, SenseDraft>, key: string): SenseDraft {
  let sense = senses.get(key);
  if (!sense) {
    // Phrase regexes are built on the first candidate that needs them: most words of the
    // lexicon never occur on a given page, and compiling all of them would slow every start.
    let phrases: PhraseCheck[] | undefined;
    const draft: SenseDraft = {
      prior: 0,
      before: [],
      after: [],
      pending: [],
      get phrases() {
        phrases ??= draft.pending.flatMap(({ phrase, word }) => compilePhrase(phrase, word) ?? []);
        return phrases;
      },
    };
    senses.set(key, (sense = draft));
  }
  return sense;
}

/** Lexicon rules and the dataset's own negatives ("Silicon Valley"), keyed by senseKey. */
export function compileSenses(
  rules: readonly SenseRule[],
  terms: readonly MatchTerm[],
): Map<string, CompiledSense> {
  const senses = new Map<string, SenseDraft>();
  for (const rule of rules) {
    for (const word of rule.words) {
      const sense = senseFor(senses, senseKey(word));
      sense.prior += rule.prior ?? 0;
      sense.before.push(...(rule.before ?? []));
      sense.after.push(...(rule.after ?? []));
      for (const phrase of rule.phrases ?? []) sense.pending.push({ phrase, word });
    }
  }
  for (const term of terms) {
    for (const negative of term.negatives) {
      const plain = ` ${senseKey(negative)} `;
      for (const alias of term.aliases) {
        const key = senseKey(alias.text);
        if (plain.includes(` ${key} `))
          senseFor(senses, key).pending.push({ phrase: negative, word: alias.text });
      }
    }
  }
  return senses;
}
