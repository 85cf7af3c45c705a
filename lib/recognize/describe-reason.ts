import type { MentionBasis } from './find-mentions';
import type { Reason } from './disambiguate';

/**
 * The card's "why is this highlighted?" line: the two or three strongest pieces of evidence on
 * the winning side, in words a reader can check against the page.
 */

export const NAME_REASON = 'Unambiguous name';

const SHOWN = 3;

function show(reason: Reason): string {
  if (reason.quote === undefined) return reason.label;
  if (reason.label === 'part of' || reason.label === 'listed with')
    return `${reason.label} "${reason.quote}"`;
  return `"${reason.quote}" (${reason.label})`;
}

export function describeReason(
  text: string,
  basis: MentionBasis,
  reasons: readonly Reason[],
  kept: boolean,
): string {
  if (!basis.pageSensitive) {
    const against = reasons.filter((r) => r.weight < 0);
    if (against.length) return `Not counted: ${against.slice(0, SHOWN).map(show).join('; ')}`;
    return kept ? NAME_REASON : 'Held back: below the confidence threshold';
  }
  const side = reasons
    .filter((r) => r.label && (kept ? r.weight > 0 : r.weight < 0))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  // One line per piece of evidence: a cue that speaks for two topics is shown once.
  const quoted = new Set<string>();
  const unique = side.filter((r) => r.quote === undefined || (!quoted.has(r.quote) && quoted.add(r.quote)));
  const labels = [...new Set(unique.map(show))].slice(0, SHOWN);
  const intro = `"${text}" has other meanings`;
  if (kept) return labels.length ? `${intro}; kept for: ${labels.join('; ')}` : `${intro}; kept`;
  return `${intro}; held back: ${labels.length ? labels.join('; ') : 'nothing in the text points to it'}`;
}
