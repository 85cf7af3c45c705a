/**
 * Most text is matched as it stands: the match regex already treats hyphen and space variants
 * alike and folds case. A few things must be fixed first, and only the rare text that needs it pays:
 * - characters that split a word without showing: soft hyphens and zero-width characters
 *   ("lith\u00ADium") are removed;
 * - text not in NFC ("Economi\u0301a") is composed, so that it matches exactly as the same text
 *   in NFC would, accents included;
 * - the rarer hyphens (minus sign, full-width hyphen: lib/text/punctuation.ts) become "-", which
 *   the match regex lists, so the page accepts every hyphen the panel's search accepts.
 * Offsets are mapped back to the original, which the page engine needs to find its DOM nodes.
 */

import { FOLDED_HYPHENS } from '@/lib/text/punctuation';

// Soft hyphen, zero-width characters, and the combining marks of Unicode's "Inherited" script
// (BMP blocks, and the variation selectors supplement as surrogate pairs). A plain class is
// several times faster than \p{Script=Inherited} on every block; it is built from code point
// ranges because combining marks written inside a class literal read as if they combined.
const RANGES =
  '00AD 0300-036F 0485-0486 064B-0655 0670 0951-0954 180E 1AB0-1AFF 1CD0-1CF9 1DC0-1DFF ' +
  '200B-200D 2060 20D0-20F0 FE00-FE0F FE20-FE2F FEFF';
const NEEDS_WORK = /* @__PURE__ */ new RegExp(
  `[${RANGES.split(' ')
    .map((range) => range.replace(/[0-9A-F]{4}/g, '\\u$&'))
    .join('')}${FOLDED_HYPHENS}]|\\uDB40[\\uDD00-\\uDDEF]`,
);
const WORK = /* @__PURE__ */ new RegExp(
  `[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]|[${FOLDED_HYPHENS}]|\\P{M}\\p{M}+`,
  'gu',
);

export interface CanonicalText {
  /** The text to match: the input itself unless it needed work. */
  text: string;
  /** Maps the offset where a span starts in `text` to the original input. */
  toOriginal(start: number): number;
  /** Maps the offset where a span ends in `text`; removed characters after it stay outside. */
  toOriginalEnd(end: number): number;
}

const identity = (offset: number) => offset;

export function canonicalText(input: string): CanonicalText {
  if (!NEEDS_WORK.test(input)) return { text: input, toOriginal: identity, toOriginalEnd: identity };
  // After each change: the canonical offset where unchanged text resumes, the total shift so
  // far, and whether the change only removed characters.
  const resumes: number[] = [];
  const shifts: number[] = [];
  const removals: boolean[] = [];
  let shift = 0;
  const text = input.replace(WORK, (found: string, offset: number) => {
    // One character for one: nothing to map back.
    if (FOLDED_HYPHENS.includes(found)) return '-';
    const replacement = found.length > 1 && /\p{M}/u.test(found) ? found.normalize('NFC') : '';
    if (replacement.length === found.length) return found;
    shift += found.length - replacement.length;
    resumes.push(offset + found.length - shift);
    shifts.push(shift);
    removals.push(replacement === '');
    return replacement;
  });

  // The last change at or before a canonical offset decides its shift.
  const lastAt = (offset: number) => {
    let lo = 0;
    let hi = resumes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (resumes[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return {
    text,
    toOriginal(start) {
      const i = lastAt(start);
      return start + (i === -1 ? 0 : shifts[i]!);
    },
    toOriginalEnd(end) {
      let i = lastAt(end);
      while (i >= 0 && resumes[i] === end && removals[i]) i--;
      return end + (i === -1 ? 0 : shifts[i]!);
    },
  };
}
