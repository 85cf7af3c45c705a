/**
 * Search keys: what a typed query and a stored name are compared as. Accents and case never
 * matter ("Litio", "litio", "LÍTIO"), and neither does which of Unicode's hyphens a name was
 * written with (the dataset writes "T‑MEC" with U+2011 in places, a reader types "-"). A second,
 * "compact" key drops hyphens and spaces around them, so "TMEC" still finds "T-MEC".
 */

import { APOSTROPHES, classOf, HYPHENS } from '@/lib/text/punctuation';

// The same hyphens and apostrophes the recognizer accepts (lib/text/punctuation.ts): curly quotes
// become straight ones, so "Côte d’Ivoire" and "Cote d'Ivoire" meet.
const HYPHEN = /* @__PURE__ */ new RegExp(`[${classOf(HYPHENS)}]`, 'g');
const MARKS = /\p{M}/gu;
const QUOTES = /* @__PURE__ */ new RegExp(`[${classOf(APOSTROPHES)}]`, 'g');

/** The comparable form of a name or query: no accents, lowercase, one kind of hyphen, one space. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(HYPHEN, '-')
    .replace(QUOTES, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalized form without hyphens (and the spaces a hyphen may carry): "t-mec" -> "tmec". */
export function compactKey(normalized: string): string {
  return normalized.replace(/\s*-\s*/g, '');
}
