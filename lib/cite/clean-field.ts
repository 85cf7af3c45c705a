/**
 * A page writes its own metadata, so every value read from it is untrusted: a hostile or sloppy
 * page may put markup, control characters, megabytes of text or a `javascript:` address in a tag.
 * These helpers turn whatever is there into a short plain string, an http(s) address or an ISO
 * date, or null; none of them throws.
 */

const MAX_TITLE = 400;
export const MAX_NAME = 160;
const MAX_URL = 2048;

/** Plain text: tags and entities a page left in a tag are dropped, whitespace collapsed, capped. */
export function cleanText(value: unknown, max = MAX_TITLE): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .slice(0, max * 8)
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(?:nbsp|#160);/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'")
    .replace(/&[a-z0-9#]+;/gi, ' ')
    // Control characters, and characters that would reorder the text around them when shown.
    // eslint-disable-next-line no-control-regex -- removing them is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** An absolute http(s) address, resolved against the page's; anything else (javascript:, data:) is null. */
export function cleanUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL) return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.length > MAX_URL ? null : url.href;
  } catch {
    return null;
  }
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

function isoDate(year: number, month?: number, day?: number): string | null {
  if (year < 1000 || year > 2999) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/**
 * The day as the publisher wrote it ("2026-03-04T23:30:00-06:00" is 4 March, not 5 March UTC),
 * as an ISO date "2026-03-04", "2026-03" or "2026"; null for what cannot be read as a date.
 * Reads ISO forms, Highwire's "2026/03/04", "20260304", and "4 March 2026" / "March 4, 2026" /
 * "Tue, 04 Mar 2026 10:00:00 GMT" in English or Spanish month names.
 */
export function cleanDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().slice(0, 80).toLowerCase();
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[t\s])/.exec(text);
  if (iso) return isoDate(Number(iso[1]), num(iso[2]), num(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const words = text.replace(/,/g, ' ').split(/\s+/);
  const monthAt = words.findIndex((w) => MONTHS[w.replace(/\.$/, '').slice(0, 3)] !== undefined);
  const year = words.find((w) => /^\d{4}$/.test(w));
  if (monthAt < 0 || !year) return null;
  const month = MONTHS[words[monthAt]!.replace(/\.$/, '').slice(0, 3)];
  // "4 March 2026", "4 de marzo de 2026" (day before) or "March 4, 2026" (day after).
  const before = words.slice(Math.max(0, monthAt - 2), monthAt).find((w) => /^\d{1,2}$/.test(w));
  const after = /^\d{1,2}$/.test(words[monthAt + 1] ?? '') ? words[monthAt + 1] : undefined;
  return isoDate(Number(year), month, num(before ?? after));
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** A BCP 47 tag from "es", "es-MX", og:locale's "es_MX"; null for anything else. */
export function cleanLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec(value.trim());
  if (!match) return null;
  const [, lang, region] = match;
  return region ? `${lang!.toLowerCase()}-${region.toUpperCase()}` : lang!.toLowerCase();
}

/** "10.5066/P1WKQ63T" from a bare DOI, "doi:…" or a doi.org address. */
export function cleanDoi(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /(?:^|doi\.org\/|doi:\s*)(10\.\d{4,9}\/[^\s"<>]+)$/i.exec(value.trim());
  return match ? match[1]!.slice(0, 200) : null;
}
