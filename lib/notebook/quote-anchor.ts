import type { TextQuoteSelector } from './records';

/**
 * Finds a kept quote in a page's text again, for the quote link's fallback when the page changed
 * and its text fragment no longer matches (lib/page/find-quote.ts). The exact text must still be
 * there; its prefix and suffix only choose between occurrences, so a quote whose surroundings were
 * edited is still found, at the occurrence whose surroundings agree best. Pure, over strings.
 *
 * Linear in the text: occurrences are found with one forward scan, and each is scored by comparing
 * at most the prefix's and the suffix's length.
 */

export interface QuoteSpan {
  start: number;
  end: number;
}

/** Counts the characters compared while scoring (the unit test's measure of work). */
export interface AnchorWork {
  compared: number;
}

/** Runs of whitespace as one space: the page's text is read the same way (collapseSpace). */
export const collapseSpace = (text: string) => text.replace(/\s+/g, ' ');

/** How many characters before `at` agree with the end of `prefix`, read backwards. */
function prefixScore(text: string, at: number, prefix: string, work: AnchorWork): number {
  let n = 0;
  while (n < prefix.length && at - 1 - n >= 0) {
    work.compared++;
    if (text[at - 1 - n] !== prefix[prefix.length - 1 - n]) break;
    n++;
  }
  return n;
}

/** How many characters from `at` on agree with the start of `suffix`. */
function suffixScore(text: string, at: number, suffix: string, work: AnchorWork): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length) {
    work.compared++;
    if (text[at + n] !== suffix[n]) break;
    n++;
  }
  return n;
}

/**
 * Where the selector's quote is in `text` (whitespace already collapsed), or null when its exact
 * text is gone. Ties go to the first occurrence.
 */
export function anchorQuote(
  text: string,
  selector: TextQuoteSelector,
  work: AnchorWork = { compared: 0 },
): QuoteSpan | null {
  const exact = collapseSpace(selector.exact).trim();
  if (!exact) return null;
  // Spaces trimmed off the exact text belong to its prefix and suffix.
  const lead = collapseSpace(selector.prefix + /^\s*/.exec(selector.exact)![0]);
  const trail = collapseSpace(/\s*$/.exec(selector.exact)![0] + selector.suffix);
  let best: QuoteSpan | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score = prefixScore(text, at, lead, work) + suffixScore(text, at + exact.length, trail, work);
    if (score > bestScore) {
      best = { start: at, end: at + exact.length };
      bestScore = score;
      if (score === lead.length + trail.length) break;
    }
  }
  return best;
}
