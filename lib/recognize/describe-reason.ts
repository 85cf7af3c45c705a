import type { MentionBasis } from './find-mentions';
import type { Reason } from './disambiguate';

/**
 * The card's "why is this highlighted?" line: the two or three strongest pieces of evidence on
 * the winning side, in words a reader can check against the page.
 */

export const NAME_REASON = 'Unambiguous name';

const SHOWN = 3;

export function describeReason(
  text: string,
  basis: MentionBasis,
  reasons: readonly Reason[],
  kept: boolean,
): string {
  if (!basis.pageSensitive) {
    const phrase = reasons.find((r) => r.weight < 0);
    if (phrase) return `Not counted: ${phrase.label}`;
    return kept ? NAME_REASON : 'Held back: below the confidence threshold';
  }
  const side = reasons
    .filter((r) => r.label && (kept ? r.weight > 0 : r.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const labels = [...new Set(side.map((r) => r.label))].slice(0, SHOWN);
  const intro = `"${text}" has other meanings`;
  if (kept) return labels.length ? `${intro}; kept for: ${labels.join('; ')}` : `${intro}; kept`;
  return `${intro}; held back: ${labels.length ? labels.join('; ') : 'nothing in the text points to it'}`;
}
