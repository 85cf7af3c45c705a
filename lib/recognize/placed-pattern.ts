/**
 * Context patterns are written as they read: `/\bwill\s+$/` for what comes right before a word,
 * `/^\s+prices\b/` for what comes right after. Tested on a slice of text, a `$`-anchored pattern
 * makes the regex engine try every position of the slice; placed, it is tried once, at the word,
 * on the whole text: the before-pattern becomes a lookbehind, the after-pattern a sticky regex.
 */

import { pastSeparators } from './char-class';

/** A pattern that holds, or not, at one offset of a text. */
export type PlacedPattern = RegExp;

export function placeBefore(pattern: RegExp): PlacedPattern {
  const { source } = pattern;
  if (!source.endsWith('$') || source.endsWith('\\$') || hasTopLevelAlternation(source))
    throw new Error(`a before-pattern must end with $ and have no top-level |: /${source}/`);
  return new RegExp(`(?<=${source.slice(0, -1)})`, `${pattern.flags.replace(/[gy]/g, '')}y`);
}

export function placeAfter(pattern: RegExp): PlacedPattern {
  const { source } = pattern;
  if (!source.startsWith('^') || hasTopLevelAlternation(source))
    throw new Error(`an after-pattern must start with ^ and have no top-level |: /${source}/`);
  return new RegExp(source.slice(1), `${pattern.flags.replace(/[gy]/g, '')}y`);
}

/** Whether the placed pattern holds at `at`: right before text[at], or from text[at] on. */
export function holdsAt(pattern: PlacedPattern, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * What a pattern needs next to its word (pattern-neighbours.ts): one of `strings` (lowercase when
 * `fold`) ends the text before the word, or starts the text after it, past whitespace and hyphens.
 */
export interface Neighbours {
  readonly strings: ReadonlySet<string>;
  readonly lengths: readonly number[];
  readonly fold: boolean;
}

/**
 * Whether the text next to `at` has one of the neighbours: if not, the pattern cannot hold there.
 * The statement for one rule; the judge reads a side's rules together (PlacedRules, instantiate-sense.ts).
 */
export function neighbourHolds(
  neighbours: Neighbours,
  side: 'before' | 'after',
  text: string,
  at: number,
): boolean {
  const edge = pastSeparators(text, at, side);
  for (const length of neighbours.lengths) {
    const from = side === 'before' ? edge - length : edge;
    if (from < 0 || from + length > text.length) continue;
    const near = text.slice(from, from + length);
    if (neighbours.strings.has(neighbours.fold ? near.toLowerCase() : near)) return true;
  }
  return false;
}

/** A `|` outside any group or class would leave part of the pattern unanchored. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}
