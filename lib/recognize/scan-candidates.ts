import { keyOf, shapeOf } from './alias-variants';
import { isWordCharAt } from './char-class';
import type { AliasEntry, Matcher } from './compile-matcher';
import type { Lang } from './match-index';
import { trieSource, WORD_END_PATTERN } from './regex-trie';

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
  languages: ReadonlySet<Lang> | undefined,
): AliasEntry | undefined {
  if (!entries) return undefined;
  for (const entry of entries) {
    if (languages && !languages.has(entry.alias.lang)) continue;
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
  if (!regex) prefixRegexes.set(key, (regex = new RegExp(trieSource([key]) + WORD_END_PATTERN, 'iy')));
  regex.lastIndex = start;
  return regex.test(text) ? regex.lastIndex : undefined;
}

/**
 * Every alias occurrence, leftmost first and longest at each place, never overlapping: the regex
 * consumes what it matched. A match that fails a check the regex cannot make (Unicode word
 * boundary, case of an acronym, language) falls back to shorter keys, then to the next place.
 */
export function scanCandidates(matcher: Matcher, text: string, languages?: ReadonlySet<Lang>): Candidate[] {
  const candidates: Candidate[] = [];
  const regex = matcher.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const start = m.index;
    const matched = m[0];
    const lower = matched.toLowerCase();
    const key = matcher.entries.has(lower) ? lower : keyOf(lower);
    let end = start + matched.length;
    let entry = isWholeWord(text, start, end)
      ? pickEntry(matcher.entries.get(key), matched, languages)
      : undefined;
    for (const prefix of entry ? [] : (matcher.prefixes.get(key) ?? [])) {
      const prefixEnd = matchPrefix(prefix, text, start);
      if (prefixEnd === undefined || !isWholeWord(text, start, prefixEnd)) continue;
      entry = pickEntry(matcher.entries.get(prefix), text.slice(start, prefixEnd), languages);
      if (entry) {
        end = prefixEnd;
        break;
      }
    }
    if (!entry) {
      regex.lastIndex = start + 1;
      continue;
    }
    regex.lastIndex = end;
    candidates.push({ start, end, entry });
  }
  return candidates;
}
