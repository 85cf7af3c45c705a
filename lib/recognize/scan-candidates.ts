import { keyOf, shapeOf } from './alias-variants';
import { isWordCharAt } from './char-class';
import type { AliasEntry, Matcher } from './compile-matcher';
import type { Lang } from './match-index';
import { otherInitialMatches, stickyKeysRegex } from './regex-trie';

/** An alias found in the text, before any judgement of what it means there. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly entry: AliasEntry;
}

/** The regex's own boundaries are ASCII and Latin only; this sees every script. */
function isWholeWord(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordCharAt(text, start - 1)) && !isWordCharAt(text, end);
}

function pickEntry(
  entries: readonly AliasEntry[] | undefined,
  matched: string,
  languages: readonly Lang[] | undefined,
): AliasEntry | undefined {
  if (!entries) return undefined;
  for (const entry of entries) {
    if (languages && !languages.includes(entry.alias.lang)) continue;
    if (entry.shape !== undefined && matched !== entry.alias.text && shapeOf(matched) !== entry.shape)
      continue;
    return entry;
  }
  return undefined;
}

const prefixRegexes = new Map<string, RegExp>();

/** The rare retry with a shorter key at the same place; its sticky regex is built on first use. */
function matchPrefix(key: string, text: string, start: number): number | undefined {
  let regex = prefixRegexes.get(key);
  if (!regex) prefixRegexes.set(key, (regex = stickyKeysRegex([key])));
  regex.lastIndex = start;
  return regex.test(text) ? regex.lastIndex : undefined;
}

/**
 * Every alias occurrence, leftmost first and longest at each place, never overlapping: the key
 * finder (key-matches.ts, read as one regex of every key) consumes what it matched. A match that
 * fails a check the regex cannot make (Unicode word boundary, case of an acronym, language) falls
 * back to shorter keys, then to the next place.
 */
export function scanCandidates(matcher: Matcher, text: string, languages?: readonly Lang[]): Candidate[] {
  const candidates: Candidate[] = [];
  const { keys } = matcher;
  for (let m = keys.next(text, 0); m;) {
    const found = candidateAt(matcher, text, m.index, m[0], languages);
    if (found) candidates.push(found);
    m = keys.next(text, found ? found.end : m.index + 1);
  }
  const late = matcher.otherInitials;
  return late ? withOtherInitials(matcher, late, text, languages, candidates) : candidates;
}

/** The candidate a regex match at `start` makes, or a shorter key there, or none. */
function candidateAt(
  matcher: Matcher,
  text: string,
  start: number,
  matched: string,
  languages: readonly Lang[] | undefined,
): Candidate | undefined {
  const lower = matched.toLowerCase();
  const key = matcher.entries.has(lower) ? lower : keyOf(lower);
  const end = start + matched.length;
  const entry = isWholeWord(text, start, end)
    ? pickEntry(matcher.entries.get(key), matched, languages)
    : undefined;
  if (entry) return { start, end, entry };
  for (const prefix of matcher.prefixes.get(key) ?? []) {
    const prefixEnd = matchPrefix(prefix, text, start);
    if (prefixEnd === undefined || !isWholeWord(text, start, prefixEnd)) continue;
    const shorter = pickEntry(matcher.entries.get(prefix), text.slice(start, prefixEnd), languages);
    if (shorter) return { start, end: prefixEnd, entry: shorter };
  }
  return undefined;
}

/** Keys that start with a letter \b cannot see ("étain"), tried where one of their initials starts a word. */
function withOtherInitials(
  matcher: Matcher,
  late: NonNullable<Matcher['otherInitials']>,
  text: string,
  languages: readonly Lang[] | undefined,
  candidates: Candidate[],
): Candidate[] {
  if (!hasAny(text, late.initials)) return candidates;
  let extra: Candidate[] | undefined;
  for (const m of otherInitialMatches(late, text)) {
    const found = candidateAt(matcher, text, m.index, m[0], languages);
    if (found) (extra ??= []).push(found);
  }
  return extra ? leftmost(candidates, extra) : candidates;
}

/** Whether `text` holds one of `strings`: most texts have none of the other initials, and make no generator. */
function hasAny(text: string, strings: readonly string[]): boolean {
  for (let k = 0; k < strings.length; k++) if (text.includes(strings[k]!)) return true;
  return false;
}

/** Two lists as one, as a single regex would have found them: the leftmost, then the longest. */
function leftmost(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Candidate[] = [];
  for (const c of all) if (out.length === 0 || out[out.length - 1]!.end <= c.start) out.push(c);
  return out;
}
