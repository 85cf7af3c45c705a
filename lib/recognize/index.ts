/**
 * TEMPORARY stand-in for the recognizer (branch `recognize` replaces this whole file when it lands).
 * It has exactly the recognizer's public signature so the page engine, its tests and the bench can be
 * written against it: compileMatcher(index) -> Matcher; findMentions(matcher, text, options) -> Mention[]
 * (UTF-16 offsets into `text`, sorted, non-overlapping). One combined regex over every alias, whole
 * words only; ambiguous aliases get a low confidence because the stand-in weighs no context.
 */
import type { EntryKind, Lang, MatchAlias, MatchIndex, MatchTerm } from './match-index';

export interface Mention {
  termId: string;
  kind: EntryKind;
  category: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
  reason: string;
}

export interface PageContext {
  /** Page-level evidence the real recognizer accumulates (terms seen so far); unused here. */
  seen: Set<string>;
}

export interface FindOptions {
  threshold?: number;
  languages?: readonly Lang[];
  page?: PageContext;
}

export interface Matcher {
  pattern: RegExp;
  byText: Map<string, { term: MatchTerm; alias: MatchAlias }[]>;
}

// Any run of whitespace (line breaks in the markup, NBSP) matches a space in an alias.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const keyOf = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

export function compileMatcher(index: MatchIndex): Matcher {
  const byText = new Map<string, { term: MatchTerm; alias: MatchAlias }[]>();
  for (const term of index.terms) {
    for (const alias of term.aliases) {
      const key = keyOf(alias.text);
      byText.set(key, [...(byText.get(key) ?? []), { term, alias }]);
    }
  }
  const alternatives = [...byText.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return { pattern, byText };
}

export function createPageContext(): PageContext {
  return { seen: new Set() };
}

export function findMentions(matcher: Matcher, text: string, options: FindOptions = {}): Mention[] {
  const { threshold = 0.5, languages, page } = options;
  const mentions: Mention[] = [];
  for (const match of text.matchAll(matcher.pattern)) {
    const found = matcher.byText
      .get(keyOf(match[0]))
      ?.find(
        ({ alias }) =>
          (!languages || languages.includes(alias.lang)) &&
          (!alias.caseSensitive || alias.text === match[0].replace(/\s+/g, ' ')),
      );
    if (!found) continue;
    const { term, alias } = found;
    const start = match.index;
    const end = start + match[0].length;
    if (term.negatives.some((phrase) => insidePhrase(text, start, end, phrase))) continue;
    const confidence = alias.ambiguous ? 0.4 : 0.95;
    if (confidence < threshold) continue;
    page?.seen.add(term.id);
    mentions.push({
      termId: term.id,
      kind: term.kind,
      category: term.category,
      start,
      end,
      text: match[0],
      confidence,
      reason: alias.ambiguous ? 'stand-in: ambiguous alias, no context weighed' : 'stand-in: exact alias',
    });
  }
  return mentions;
}

function insidePhrase(text: string, start: number, end: number, phrase: string): boolean {
  const from = Math.max(0, end - phrase.length);
  const around = text.slice(from, start + phrase.length).toLowerCase();
  const at = around.indexOf(phrase.toLowerCase());
  return at >= 0 && from + at <= start && from + at + phrase.length >= end;
}
