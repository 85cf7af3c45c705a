import { z } from 'zod/mini';
import { lazySchema } from '@/lib/lazy-schema';

/**
 * "Not the mineral here": occurrences the user hid on one page, remembered for that page. A page
 * is its origin and path only: a query string may hold a search or a token, and is never kept.
 * An occurrence is the term, its ordinal among that term's mentions on the page, and a little
 * text around it, so it is still found after the page shifts a little. Kept on this device only
 * (storage.local): it is browsing history, and too big for sync. A page's list is forgotten
 * MAX_AGE_DAYS after it last changed (90 days: a news story is long cold by then, and a reader who
 * comes back sees at worst the highlights again), and only the 300 most recently changed pages stay.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_AGE_DAYS = 90;
export const HIDDEN_LIMITS = {
  perPage: 100,
  pages: 300,
  context: 120,
  url: 2048,
  maxAgeMs: MAX_AGE_DAYS * DAY_MS,
} as const;
const TERM_ID = /^[a-z0-9-]{1,60}$/;

// Built on first use (lib/lazy-schema.ts): a page's hidden occurrences load only once it has a mention.
export const HiddenOccurrenceSchema = lazySchema(() =>
  z.strictObject({
    termId: z.string().check(z.regex(TERM_ID)),
    ordinal: z.int().check(z.minimum(0), z.maximum(1_000_000)),
    context: z.string().check(z.maxLength(HIDDEN_LIMITS.context)),
  }),
);
export type HiddenOccurrence = z.output<typeof HiddenOccurrenceSchema>;

export interface HiddenPage {
  updatedAt: number;
  items: HiddenOccurrence[];
}

/**
 * The key a page is remembered under: its http(s) origin and path, without credentials, query or
 * hash; null for other pages.
 */
export function pageKey(url: string): string | null {
  if (url.length > HIDDEN_LIMITS.url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.origin + parsed.pathname;
  } catch {
    return null;
  }
}

/** Reads a stored page leniently: unreadable entries are skipped, the rest kept. */
export function parseHiddenPage(raw: unknown): HiddenPage {
  const page = isRecord(raw) ? raw : {};
  const updatedAt =
    typeof page.updatedAt === 'number' && Number.isFinite(page.updatedAt) ? page.updatedAt : 0;
  const items = Array.isArray(page.items) ? page.items.slice(-HIDDEN_LIMITS.perPage) : [];
  return {
    updatedAt,
    items: items.flatMap((item: unknown) => {
      const parsed = HiddenOccurrenceSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

/** The page with one more hidden occurrence; the oldest go first when the page is full. */
export function withHidden(page: HiddenPage, occurrence: HiddenOccurrence, now: number): HiddenPage {
  const item = HiddenOccurrenceSchema.parse({
    ...occurrence,
    context: occurrence.context.slice(0, HIDDEN_LIMITS.context),
  });
  const others = page.items.filter((existing) => !sameOccurrence(existing, item));
  return { updatedAt: now, items: [...others, item].slice(-HIDDEN_LIMITS.perPage) };
}

/** Is this mention one the user hid? Context decides when both have one; else the ordinal. */
export function isOccurrenceHidden(items: readonly HiddenOccurrence[], mention: HiddenOccurrence): boolean {
  return indexHiddenOccurrences(items)(mention);
}

/**
 * isOccurrenceHidden for many mentions: the items indexed once by term, then each mention is a
 * few lookups. Scanning the items for every mention of a long page made every pass after one
 * "not the mineral here" cost mentions x items.
 */
export function indexHiddenOccurrences(
  items: readonly HiddenOccurrence[],
): (mention: HiddenOccurrence) => boolean {
  const byTerm = new Map<string, { contexts: Set<string>; bare: Set<number>; all: Set<number> }>();
  for (const item of items) {
    let term = byTerm.get(item.termId);
    if (!term) byTerm.set(item.termId, (term = { contexts: new Set(), bare: new Set(), all: new Set() }));
    if (item.context) term.contexts.add(item.context);
    else term.bare.add(item.ordinal);
    term.all.add(item.ordinal);
  }
  return (mention) => {
    const term = byTerm.get(mention.termId);
    if (!term) return false;
    const context = mention.context.slice(0, HIDDEN_LIMITS.context);
    // With a context, an item with one must match it; an item without one matches by ordinal.
    if (context) return term.contexts.has(context) || term.bare.has(mention.ordinal);
    return term.all.has(mention.ordinal);
  };
}

function sameOccurrence(a: HiddenOccurrence, b: HiddenOccurrence): boolean {
  return a.termId === b.termId && a.ordinal === b.ordinal && a.context === b.context;
}

/** The index of remembered pages (page key -> last update), read leniently. */
export function parseHiddenIndex(raw: unknown): Record<string, number> {
  const index: Record<string, number> = Object.create(null);
  if (!isRecord(raw)) return index;
  for (const [key, updatedAt] of Object.entries(raw).slice(0, HIDDEN_LIMITS.pages * 2)) {
    if (typeof updatedAt === 'number' && pageKey(key) === key) index[key] = updatedAt;
  }
  return index;
}

/** Was a list last changed at `updatedAt` too long ago to keep (or in a future a clock skipped to)? */
export function isExpired(updatedAt: number, now: number): boolean {
  return now - updatedAt > HIDDEN_LIMITS.maxAgeMs || updatedAt - now > DAY_MS;
}

/** The pages to forget: those past the age limit, then the least recently updated beyond the cap. */
export function pagesToEvict(
  index: Record<string, number>,
  now: number,
  keep: number = HIDDEN_LIMITS.pages,
): string[] {
  const byAge = Object.entries(index).sort(([, a], [, b]) => b - a);
  const expired = byAge.filter(([, at]) => isExpired(at, now));
  const fresh = byAge.filter(([, at]) => !isExpired(at, now));
  return [...fresh.slice(keep), ...expired].map(([key]) => key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
