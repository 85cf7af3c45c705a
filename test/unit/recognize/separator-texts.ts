/**
 * What may stand between words in the property tests that compare a look-up with the regex it
 * spares: runs of spaces, hyphens and the like, and the punctuation next to a word.
 */
export const BETWEEN_WORDS = [' ', ' ', '  ', '-', '\u2011', '\u2013', '\u00A0', '\n', ', '] as const;
