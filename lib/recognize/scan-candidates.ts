import { keyOf, shapeOf } from './alias-variants';
import type { AliasEntry, Matcher } from './compile-matcher';
import type { Lang } from './match-index';
import { SEPARATOR_PATTERN, WORD_END_PATTERN } from './regex-trie';

/** An alias found in the text, before any judgement of what it means there. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly entry: AliasEntry;
}

const ASCII_WORD = /[A-Za-z0-9]/;
const WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  return char < '\u0080' ? ASCII_WORD.test(char) : WORD.test(char);
}

/** The regex's own boundaries are ASCII and Latin only; this sees every script. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : undefined;
  const after = text[end];
  // A low surrogate ends an astral character: test the pair.
  const beforeChar = before && /[\uDC00-\uDFFF]/.test(before) ? text.slice(start - 2, start) : before;
  return !isWordChar(beforeChar) && !isWordChar(after);
}

function pickEntry(
  entries: readonly AliasEntry[] | undefined,
  matched: string,
  languages: ReadonlySet<Lang> | undefined,
): AliasEntry | undefined {
  if (!entries) return undefined;
  for (const entry of entries) {
    if (languages && !languages.has(entry.alias.lang)) continue;
    if (entry.shape !== undefined && shapeOf(matched) !== entry.shape) continue;
    return entry;
  }
  return undefined;
}

const prefixRegexes = new Map<string, RegExp>();

/** The rare retry with a shorter key at the same place; its sticky regex is built on first use. */
function matchPrefix(key: string, text: string, start: number): number | undefined {
  let regex = prefixRegexes.get(key);
  if (!regex) {
    const source = key
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
      .join(SEPARATOR_PATTERN);
    prefixRegexes.set(key, (regex = new RegExp(source + WORD_END_PATTERN, 'iy')));
  }
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
