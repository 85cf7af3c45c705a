import { aliasVariants, shapeOf } from './alias-variants';
import { compileSenses, senseKey, type CompiledSense } from './compile-senses';
import { compileCues, type CueMatcher } from './cue-matcher';
import { isElementSymbol } from './element-symbols';
import { CUE_GROUPS } from './lexicon/cues';
import { SENSE_RULES } from './lexicon/senses';
import type { EntryKind, MatchAlias, MatchIndex, MatchTerm } from './match-index';
import { caseCheck, keysRegex, otherInitialsRegex, startsWithAsciiWord } from './regex-trie';

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

export interface MatcherStats {
  readonly terms: number;
  readonly aliases: number;
  /** Distinct literal forms after accent, inflection and spelling variants. */
  readonly keys: number;
  readonly regexSourceLength: number;
  readonly compileMs: number;
  /** Aliases left out, with the reason: chemical symbols, keys that cannot start a word. */
  readonly skipped: readonly string[];
}

export interface Matcher {
  readonly version: string;
  readonly stats: MatcherStats;
  /** @internal The rest is the recognizer's own; the page engine only passes the matcher on. */
  readonly regex: RegExp;
  /** @internal Keys the main regex cannot start (a non-ASCII initial), if the index has any. */
  readonly otherInitials: { readonly initials: readonly string[]; readonly regex: RegExp } | undefined;
  /** @internal Alias entries per key, preferred first. */
  readonly entries: ReadonlyMap<string, readonly AliasEntry[]>;
  /** @internal Shorter keys that are whole-word prefixes of a key, longest first. */
  readonly prefixes: ReadonlyMap<string, readonly string[]>;
  /** @internal */
  readonly cues: CueMatcher;
}

// One span, one term: a group word shared with its members ("REE") names the group, and a word
// shared by a mineral and a policy concept names the mineral.
const KIND_PREFERENCE: Record<EntryKind, number> = { group: 0, mineral: 1, policy: 2 };
const STARTS_A_WORD = /^[\p{L}\p{N}]/u;

export function compileMatcher(index: MatchIndex): Matcher {
  const steps = compileMatcherInSteps(index);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * compileMatcher in two steps, one per `next()`: the alias entries, then the match regex. On a cold
 * page each is some 10 to 20 ms, which a caller that yields to the page between them (the page
 * engine) keeps out of one long task.
 */
export function* compileMatcherInSteps(index: MatchIndex): Generator<void, Matcher, void> {
  let started = performance.now();
  let compileMs = 0;
  // Each alias's forms, computed once: the negatives in compileSenses and the entries below.
  const forms = new Map<MatchAlias, string[]>();
  const formsOf = (alias: MatchAlias) => {
    let list = forms.get(alias);
    if (!list) forms.set(alias, (list = aliasVariants(alias)));
    return list;
  };
  const senses = compileSenses(SENSE_RULES, index.terms, formsOf);
  const entries = new Map<string, AliasEntry[]>();
  const skipped: string[] = [];
  let aliasCount = 0;
  for (const term of index.terms) {
    for (const alias of term.aliases) {
      aliasCount++;
      if (isElementSymbol(alias.text)) {
        skipped.push(`${term.id}: "${alias.text}" is a chemical symbol`);
        continue;
      }
      const entry: AliasEntry = {
        term,
        alias,
        shape: alias.caseSensitive ? shapeOf(alias.text) : undefined,
        ambiguous:
          alias.ambiguous || (alias.caseSensitive && alias.text.replace(/[^\p{L}]/gu, '').length <= 2),
        sense: senses.get(senseKey(alias.text)),
        senseKey: senseKey(alias.text),
      };
      for (const key of formsOf(alias)) {
        if (!STARTS_A_WORD.test(key)) {
          skipped.push(`${term.id}: "${key}" does not start with a letter or digit`);
          continue;
        }
        let list = entries.get(key);
        if (!list) entries.set(key, (list = []));
        if (!list.some((e) => e.term === term && e.alias === alias)) list.push(entry);
      }
    }
  }
  for (const list of entries.values()) {
    list.sort((a, b) => KIND_PREFERENCE[a.term.kind] - KIND_PREFERENCE[b.term.kind]);
  }
  compileMs += performance.now() - started;
  yield;
  started = performance.now();
  const keys = [...entries.keys()];
  const others = keys.filter((key) => !startsWithAsciiWord(key));
  const regex = keysRegex(keys.filter(startsWithAsciiWord), shortAcronymChecks(entries));
  const otherInitials = others.length ? otherInitialsRegex(others) : undefined;
  const prefixes = wordPrefixes(entries);
  const cues = compileCues(CUE_GROUPS);
  compileMs += performance.now() - started;
  return {
    version: index.version,
    regex,
    otherInitials,
    entries,
    prefixes,
    cues,
    stats: {
      terms: index.terms.length,
      aliases: aliasCount,
      keys: entries.size,
      regexSourceLength: regex.source.length,
      compileMs,
      skipped,
    },
  };
}

/** When the longest key at a place is rejected (wrong case, inactive language), try these. */
function wordPrefixes(entries: ReadonlyMap<string, unknown>): Map<string, string[]> {
  const prefixes = new Map<string, string[]>();
  for (const key of entries.keys()) {
    const words = key.split(' ');
    const found: string[] = [];
    for (let n = words.length - 1; n > 0; n--) {
      const prefix = words.slice(0, n).join(' ');
      if (entries.has(prefix)) found.push(prefix);
    }
    if (found.length) prefixes.set(key, found);
  }
  return prefixes;
}

/** Acronyms this short are everyday words in lowercase ("se", "ira", "doe"); longer ones rarely. */
const SHORT_ACRONYM = 3;

/**
 * Keys that only case-sensitive aliases own and that are short, each with the check that the text
 * has one of their shapes: the match regex then skips Spanish "se" itself (see caseCheck).
 */
function shortAcronymChecks(entries: ReadonlyMap<string, readonly AliasEntry[]>): Map<string, string> {
  const checks = new Map<string, string>();
  for (const [key, list] of entries) {
    if (key.length > SHORT_ACRONYM || !list.every((e) => e.alias.caseSensitive)) continue;
    const shapes = [...new Set(list.map((e) => e.shape!))];
    // shapeOf strips accents; the regex would not, so only plain shapes are checked here.
    if (shapes.every((shape) => /^[\x20-\x7E]+$/.test(shape))) checks.set(key, caseCheck(shapes));
  }
  return checks;
}
