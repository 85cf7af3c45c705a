import { aliasVariants, shapeOf } from './alias-variants';
import { compileCueData } from './compile-cues';
import { compileGenericSense, compileSenseData, senseKey } from './compile-senses';
import { isElementSymbol } from './element-symbols';
import { CUE_GROUPS } from './lexicon/cues';
import { SENSE_RULES } from './lexicon/senses';
import type { EntryKind, MatchAlias, MatchIndex } from './match-index';
import { instantiateMatcher, type AliasData, type Matcher, type MatcherData } from './instantiate-matcher';
import { compileKeyFinderData } from './compile-key-starts';
import { caseCheck, expandTrie, otherInitialsRegex, startsWithAsciiWord, wholeWords } from './regex-trie';

export type { AliasEntry, Matcher, MatcherData, MatcherStats } from './instantiate-matcher';

// One span, one term: a group word shared with its members ("REE") names the group, and a word
// shared by a mineral and a policy concept names the mineral.
const KIND_PREFERENCE: Record<EntryKind, number> = { group: 0, mineral: 1, policy: 2 };
const STARTS_A_WORD = /^[\p{L}\p{N}]/u;

/**
 * Everything about the matcher that does not depend on the page, computed from the match index:
 * alias forms, the key finder's regexes and start table, prefixes, the lexicon's senses and cues. The build
 * writes it to data/generated/matcher.json (`npm run data:check`), so a page only instantiates it.
 */
export function compileMatcherData(index: MatchIndex): MatcherData {
  // Each alias's forms, computed once: the negatives in compileSenseData and the entries below.
  const forms = new Map<MatchAlias, string[]>();
  const formsOf = (alias: MatchAlias) => {
    let list = forms.get(alias);
    if (!list) forms.set(alias, (list = aliasVariants(alias)));
    return list;
  };
  const senses = compileSenseData(SENSE_RULES, index.terms, formsOf);
  const aliases: MatcherData['aliases'] = [];
  const entries = new Map<string, number[]>();
  const skipped: string[] = [];
  let aliasCount = 0;
  index.terms.forEach((term, t) => {
    term.aliases.forEach((alias, a) => {
      aliasCount++;
      if (isElementSymbol(alias.text)) {
        skipped.push(`${term.id}: "${alias.text}" is a chemical symbol`);
        return;
      }
      const at = aliases.length;
      const ambiguous =
        alias.ambiguous || (alias.caseSensitive && alias.text.replace(/[^\p{L}]/gu, '').length <= 2);
      aliases.push([
        t,
        a,
        alias.caseSensitive ? shapeOf(alias.text) : null,
        ambiguous ? 1 : 0,
        senseKey(alias.text),
      ]);
      for (const key of formsOf(alias)) {
        if (!STARTS_A_WORD.test(key)) {
          skipped.push(`${term.id}: "${key}" does not start with a letter or digit`);
          continue;
        }
        let list = entries.get(key);
        if (!list) entries.set(key, (list = []));
        if (!list.includes(at)) list.push(at);
      }
    });
  });
  const kindOf = (at: number) => index.terms[aliases[at]![0]]!.kind;
  for (const list of entries.values())
    list.sort((a, b) => KIND_PREFERENCE[kindOf(a)] - KIND_PREFERENCE[kindOf(b)]);
  const keys = [...entries.keys()];
  const others = keys.filter((key) => !startsWithAsciiWord(key));
  const shapes = (key: string) => entries.get(key)!.map((at) => aliases[at]!);
  const asciiKeys = keys.filter(startsWithAsciiWord);
  const finder = compileKeyFinderData(asciiKeys, shortAcronymChecks(keys, shapes, index));
  const otherInitials = others.length ? otherInitialsRegex(others) : undefined;
  return {
    version: index.version,
    finder,
    otherInitials: otherInitials
      ? { initials: otherInitials.initials, source: otherInitials.regex.source }
      : null,
    aliases,
    entries: [...entries],
    prefixes: [...wordPrefixes(entries)],
    senses: [...senses],
    generic: compileGenericSense(),
    cues: compileCueData(CUE_GROUPS),
    stats: {
      terms: index.terms.length,
      aliases: aliasCount,
      keys: entries.size,
      regexes: finder.regexes.length,
      longestRegex: Math.max(...finder.regexes.map((trie) => wholeWords(expandTrie(trie)).length)),
      skipped,
    },
  };
}

/** Compiles the matcher at run time (tests, scripts): what the build writes, instantiated. */
export function compileMatcher(index: MatchIndex): Matcher {
  return instantiateMatcher(index, compileMatcherData(index));
}

/**
 * The matcher in two steps, one per `next()`, for a caller that yields to the page between them
 * (the page engine): the data, computed here unless the build's is given, then the instance.
 */
export function* compileMatcherInSteps(
  index: MatchIndex,
  data?: MatcherData,
): Generator<void, Matcher, void> {
  if (!data) {
    data = compileMatcherData(index);
    yield;
  }
  return instantiateMatcher(index, data);
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
export function shortAcronymChecks(
  keys: readonly string[],
  aliasesOf: (key: string) => readonly AliasData[],
  index: MatchIndex,
): Map<string, string> {
  const checks = new Map<string, string>();
  for (const key of keys) {
    const list = aliasesOf(key);
    if (key.length > SHORT_ACRONYM || !list.every(([t, a]) => index.terms[t]!.aliases[a]!.caseSensitive))
      continue;
    const shapes = [...new Set(list.map(([, , shape]) => shape!))];
    // shapeOf strips accents; the regex would not, so only plain shapes are checked here.
    if (shapes.every((shape) => /^[\x20-\x7E]+$/.test(shape))) checks.set(key, caseCheck(shapes));
  }
  return checks;
}
