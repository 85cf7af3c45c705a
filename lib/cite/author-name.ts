import { cleanText, cleanUrl, MAX_NAME } from './clean-field';

/**
 * Authors as reference managers want them: a person split into family and given names, an
 * organisation (or a name we cannot split) kept whole as a literal, which citation styles never
 * reorder or abbreviate.
 */
export type Author = { family: string; given: string } | { literal: string };

export const MAX_AUTHORS = 30;

// Particles that belong to the family name ("Juan de la Cruz", "Ludwig van Beethoven").
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'van',
  'von',
  'der',
  'den',
  'da',
  'dos',
  'du',
  'di',
  'le',
]);

/** A person's name as written ("Jane Q. Doe", "Doe, Jane", "By Jane Doe") split into its parts. */
export function personName(raw: unknown): Author | null {
  if (typeof raw !== 'string' || cleanUrl(raw)) return null; // article:author is often a profile URL
  const name = cleanText(raw.replace(/^\s*(?:by|por)\s+/i, ''), MAX_NAME);
  if (!name) return null;
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = name.split(' ');
  if (words.length < 2 || /\d|@/.test(name)) return { literal: name };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}

export function organisationName(raw: unknown): Author | null {
  const name = cleanText(raw, MAX_NAME);
  return name && !cleanUrl(name) ? { literal: name } : null;
}

/** "Jane Doe and John Roe", "Ana López y Luis Pérez": bylines some pages put in one tag. */
export function splitByline(raw: string): string[] {
  return raw.split(/\s*(?:;|\band\b|\by\b|&)\s*/i).filter(Boolean);
}

/** The name as shown in running text: "Jane Doe", or the organisation's name. */
export function displayName(author: Author): string {
  return 'literal' in author ? author.literal : `${author.given} ${author.family}`.trim();
}

export function uniqueAuthors(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors
    .filter((author) => {
      const key = displayName(author).toLowerCase();
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, MAX_AUTHORS);
}
