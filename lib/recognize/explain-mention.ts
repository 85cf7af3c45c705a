import type { Explanation, MentionBasis, Reason } from './reason-codes';

/**
 * The card's "why is this highlighted?" line, as codes: the two or three strongest pieces of
 * evidence on the winning side, each something a reader can check against the page. The words
 * are the reader's language's (lib/i18n/reason-words.ts).
 */

const SHOWN = 3;

// Two reasons that would read the same are shown once.
const keyOf = (r: Reason) => `${r.code}\u0000${r.detail ?? ''}\u0000${r.quote ?? ''}`;

export function explainMention(
  text: string,
  basis: MentionBasis,
  reasons: readonly Reason[],
  kept: boolean,
): Explanation {
  if (!basis.pageSensitive) {
    const against = reasons.filter((r) => r.weight < 0);
    if (against.length) return { verdict: 'not-counted', reasons: against.slice(0, SHOWN) };
    return { verdict: kept ? 'name' : 'below-threshold' };
  }
  const side = reasons
    .filter((r) => (kept ? r.weight > 0 : r.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  // One line per piece of evidence: a cue that speaks for two topics is shown once.
  const quoted = new Set<string>();
  const unique = side.filter((r) => r.quote === undefined || (!quoted.has(r.quote) && quoted.add(r.quote)));
  const keys = new Set<string>();
  const shown = unique.filter((r) => !keys.has(keyOf(r)) && keys.add(keyOf(r))).slice(0, SHOWN);
  return { verdict: kept ? 'kept' : 'held', text, reasons: shown };
}
