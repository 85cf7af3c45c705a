/**
 * Search keys: what a typed query and a stored name are compared as. Accents and case never
 * matter ("Litio", "litio", "LÍTIO"), and neither does which of Unicode's hyphens a name was
 * written with (the dataset writes "T‑MEC" with U+2011 in places, a reader types "-"). A second,
 * "compact" key drops hyphens and spaces around them, so "TMEC" still finds "T-MEC".
 */

// Hyphen, non-breaking hyphen, figure dash, en dash, minus sign, small and full-width hyphen-minus.
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/g;
const MARKS = /\p{M}/gu;
// Curly quotes become straight ones, so "Côte d’Ivoire" and "Cote d'Ivoire" meet.
const QUOTES = /[\u2018\u2019\u02BC]/g;

/** The comparable form of a name or query: no accents, lowercase, one kind of hyphen, one space. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(HYPHENS, '-')
    .replace(QUOTES, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalized form without hyphens (and the spaces a hyphen may carry): "t-mec" -> "tmec". */
export function compactKey(normalized: string): string {
  return normalized.replace(/\s*-\s*/g, '');
}
