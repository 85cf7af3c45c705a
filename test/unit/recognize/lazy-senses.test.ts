import { afterEach, describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { loadMatcherData } from '@/lib/dataset/matcher-data';
import { findMentions, instantiateMatcher, type MatcherData } from '@/lib/recognize';
import { CUE_GROUPS } from '@/lib/recognize/lexicon/cues';
import { cueRegexSource } from './cue-regex-path';
import { phraseRegex } from './phrase-regex-path';

// The lexicon's words, their patterns, phrases and cues ship as sources in matcher.json; a page
// compiles those of the words it contains, never the rest (that cost every page milliseconds).

const data: MatcherData = loadMatcherData();
const realRegExp = RegExp;
afterEach(() => {
  globalThis.RegExp = realRegExp;
});

/** The sources of every RegExp `new RegExp` makes while the page is recognized. */
function sourcesCompiledFor(text: string): Set<string> {
  const compiled = new Set<string>();
  globalThis.RegExp = new Proxy(realRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = Reflect.construct(target, args) as RegExp;
      compiled.add(regex.source);
      return regex;
    },
  });
  try {
    findMentions(instantiateMatcher(MATCH_INDEX, data), text, { includeHeld: true });
  } finally {
    globalThis.RegExp = realRegExp;
  }
  return compiled;
}

/** The sources of one sense's phrases, as pages once placed them (before words replaced them). */
function phraseSources(key: string): string[] {
  const sense = data.senses.find(([k]) => k === key)?.[1];
  if (!sense) throw new Error(`no sense ${key}`);
  return sense.phrases.flatMap(([, , , before, after]) => [
    ...(before ? [phraseRegex(before.split(' '), 'before').source] : []),
    ...(after ? [phraseRegex(after.split(' '), 'after').source] : []),
  ]);
}

/** The sources of one sense's patterns and phrases. */
function senseSources(key: string): string[] {
  const sense = data.senses.find(([k]) => k === key)?.[1];
  if (!sense) throw new Error(`no sense ${key}`);
  return [...[...sense.before, ...sense.after].map(([source]) => source), ...phraseSources(key)];
}

const otherSenses = (except: string) =>
  data.senses.filter(([key]) => key !== except).flatMap(([key]) => senseSources(key));

describe('the lexicon on a page', () => {
  it('compiles no sense pattern, phrase or cue regex on a page that names none of its words', () => {
    const compiled = sourcesCompiledFor('The committee met on Tuesday and approved the budget for schools.');
    const generic = [...data.generic.before, ...data.generic.after].map(([source]) => source);
    const lexicon = [...otherSenses(''), ...generic, cueRegexSource(CUE_GROUPS)];
    expect(lexicon.filter((source) => compiled.has(source))).toEqual([]);
  });

  it('compiles the patterns of the ambiguous word the page names, and no other word', () => {
    const text = 'Lead pipes in Missouri were replaced after the smelter cut its output of the metal.';
    const compiled = sourcesCompiledFor(text);
    expect(otherSenses('lead').filter((source) => compiled.has(source))).toEqual([]);
    // The word was judged: its own patterns were compiled.
    const lead = data.senses.find(([key]) => key === 'lead')![1];
    expect([...lead.before, ...lead.after].some(([source]) => compiled.has(source))).toBe(true);
  });

  it("compiles a word's context rules only where the words they need are next to it", () => {
    const compiled = sourcesCompiledFor('Lead prices rose after the smelter cut its output.');
    const lead = data.senses.find(([key]) => key === 'lead')![1];
    const rule = (rules: typeof lead.before, part: string) =>
      rules.find(([source]) => source.includes(part))![0];
    // "prices" follows the word: the market rule was tested, so compiled.
    expect(compiled.has(rule(data.generic.after, 'prices'))).toBe(true);
    // Nothing before it, nor "to", "acid" or "the town of" around it: never compiled.
    expect(compiled.has(rule(lead.before, '(?:will|'))).toBe(false);
    expect(compiled.has(rule(lead.after, 'acid'))).toBe(false);
    expect(compiled.has(rule(data.generic.before, 'town'))).toBe(false);
  });

  it('compiles no phrase regex, even where a phrase holds: its words are compared', () => {
    const text = 'Officials said the lead was found in old pipes, and she will take the lead in the race.';
    const compiled = sourcesCompiledFor(text);
    const lead = data.senses.find(([key]) => key === 'lead')![1];
    expect(lead.phrases.some(([label]) => label === 'take the lead')).toBe(true);
    expect(phraseSources('lead').filter((source) => compiled.has(source))).toEqual([]);
    // The phrase was found all the same: the second "lead" is part of it.
    const mentions = findMentions(instantiateMatcher(MATCH_INDEX, data), text, { includeHeld: true });
    const second = mentions.find((m) => m.start === text.lastIndexOf('lead'));
    expect(second?.basis.reasons).toContainEqual(
      expect.objectContaining({ code: 'part-of', quote: 'take the lead' }),
    );
  });

  it("reads a judged word's sentence for cue words without compiling a regex of them", () => {
    const text = 'Lead prices rose after the smelter cut its output.';
    const compiled = sourcesCompiledFor(text);
    expect(compiled.has(cueRegexSource(CUE_GROUPS))).toBe(false);
    // The cue words were found all the same.
    const [lead] = findMentions(instantiateMatcher(MATCH_INDEX, data), text, { includeHeld: true });
    expect(lead?.basis.reasons).toContainEqual(expect.objectContaining({ code: 'topic', quote: 'smelter' }));
  });
});
