import type { Locale } from '@/lib/i18n/translator';
import { CATEGORIES } from '@/lib/dataset/categories';

/**
 * Numbers and dates in the reader's locale. USGS prints amounts in US style ("230,000"); a Spanish
 * reader gets "230.000" from the same number. Where USGS gave no number ("W", "XX"), its own text
 * is shown, since that text is the fact.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** China's share of a production table: "<0.1%" where it produced some but the share rounds to 0. */
export function formatChinaShare(
  figure: { chinaSharePct: number | null; chinaShareBelowTenth?: true },
  locale: Locale,
): string | null {
  if (figure.chinaSharePct === null) return null;
  return figure.chinaShareBelowTenth
    ? `<${formatPercent(0.1, locale)}`
    : formatPercent(figure.chinaSharePct, locale);
}

/** 74.2 -> "74.2%" / "74,2 %". Shares carry one decimal, as the dataset computes them. */
export function formatPercent(pct: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(pct / 100);
}

export function formatAmount(amount: number | null, display: string, locale: Locale): string {
  return amount === null ? display : numberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2023" stays "2023"; "2023-07" -> "July 2023"; "2020-07-01" -> "1 July 2020" (or "July 1, 2020"). */
export function formatPartialDate(date: string, locale: Locale): string {
  const day = DAY.exec(date);
  const month = day ? null : MONTH.exec(date);
  const parts = day ?? month;
  if (!parts) return date;
  const utc = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, day ? Number(parts[3]) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(utc);
}

/** The first four digits of a source date ("2026-02-06" -> "2026"), for short labels and citations. */
export function yearOf(date: string): string {
  return /^\d{4}/.exec(date)?.[0] ?? date;
}

/** A highlight category's display name ("Battery metals and graphite", "Export controls"). */
export function categoryName(slug: string, locale: Locale): string {
  return CATEGORIES.find((c) => c.slug === slug)?.name[locale] ?? slug;
}
