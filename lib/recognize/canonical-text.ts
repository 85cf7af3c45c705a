/**
 * Most text is matched as it stands: the match regex already treats every hyphen and space variant
 * alike and case-folds. Only characters that would split a word must go first: soft hyphens and
 * zero-width characters inside words ("lith\u00ADium"), and combining accents of text that is not
 * in NFC ("Economi\u0301a"). For the rare text holding any of them we match a copy without them,
 * and map offsets back to the original, which the page engine needs to find its DOM nodes.
 */

// Combining marks (Unicode script "Inherited": accents, variation selectors, joiners) are dropped
// rather than composed: the accent-free alias variants then match, which is what
// accent-insensitive matching wants anyway.
const INVISIBLE = /[\u00AD\u180E\u200B\u2060\uFEFF]|\p{Script=Inherited}/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

export interface CanonicalText {
  /** The text to match: the input itself unless it held invisible characters. */
  text: string;
  /**
   * Maps the offset of a character in `text` to its offset in the original input. Map a span's end
   * as `toOriginal(end - 1) + 1`, so that a removed character right after it stays outside.
   */
  toOriginal(offset: number): number;
}

const identity = (offset: number) => offset;

export function canonicalText(input: string): CanonicalText {
  if (!INVISIBLE.test(input)) return { text: input, toOriginal: identity };
  // After each removal: where the kept text resumes (canonical offset), and how much is gone so far.
  const keptStarts: number[] = [];
  const shifts: number[] = [];
  let removed = 0;
  const text = input.replace(INVISIBLE_ALL, (char: string, offset: number) => {
    removed += char.length;
    keptStarts.push(offset + char.length - removed);
    shifts.push(removed);
    return '';
  });
  return {
    text,
    toOriginal(offset) {
      // The last removal at or before this canonical offset decides the shift.
      let lo = 0;
      let hi = keptStarts.length - 1;
      let shift = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (keptStarts[mid]! <= offset) {
          shift = shifts[mid]!;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return offset + shift;
    },
  };
}
