/**
 * Context patterns are written as they read: `/\bwill\s+$/` for what comes right before a word,
 * `/^\s+prices\b/` for what comes right after. Tested on a slice of text, a `$`-anchored pattern
 * makes the regex engine try every position of the slice; placed, it is tried once, at the word,
 * on the whole text: the before-pattern becomes a lookbehind, the after-pattern a sticky regex.
 */

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
