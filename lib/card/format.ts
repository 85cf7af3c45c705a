import type { Locale } from '@/lib/i18n/translator';
import { CATEGORIES } from '@/lib/dataset/categories';

/**
 * Numbers, dates and country names in the reader's locale. The card's Spanish is written for
 * Mexican readers, so it formats with es-MX: "31.7%" and "92,000", as a Mexican newspaper prints
 * them (plain "es" would give Spain's "31,7 %" and "92.000"). Where USGS gave no number ("W",
 * "XX"), its own text is shown, since that text is the fact.
 */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-MX' };

/** The BCP 47 tag every Intl formatter in the extension uses for a UI locale. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
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

/** 2591.6 -> "2,592": indices and counts, no decimals. */
export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A price as USGS gives it, to two decimals at most (25.23, 11,700). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

// Intl's names for these are "Congo - Kinshasa", "Myanmar (Burma)": readers know them otherwise.
const COUNTRY_NAMES: Record<Locale, Record<string, string>> = {
  en: { CD: 'DR Congo', CG: 'Republic of the Congo', MM: 'Myanmar' },
  es: { CD: 'RD del Congo', CG: 'República del Congo', MM: 'Myanmar' },
};
const regionNames = new Map<Locale, Intl.DisplayNames>();

/** An ISO 3166-1 code as the reader's language names the country ("MX" -> "Mexico" / "México"). */
export function countryName(code: string, locale: Locale): string {
  const own = COUNTRY_NAMES[locale][code];
  if (own) return own;
  let names = regionNames.get(locale);
  if (!names)
    regionNames.set(locale, (names = new Intl.DisplayNames([intlLocale(locale)], { type: 'region' })));
  return names.of(code) ?? code;
}

/** 74.2 -> "74.2%" in both languages. Shares carry one decimal, as the dataset computes them. */
export function formatPercent(pct: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(pct / 100);
}

/** A positive amount whose rounded share is 0 reads "<0.1%", never "0%" (Mexico's graphite). */
export function formatShareOfPositive(pct: number, locale: Locale): string {
  return pct === 0 ? `<${formatPercent(0.1, locale)}` : formatPercent(pct, locale);
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
  return dateFormat(locale, Boolean(day)).format(utc);
}

// A formatter is costly to make (its locale data is loaded each time) and a card shows several dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withDay}`;
  let format = dateFormats.get(key);
  const options: Intl.DateTimeFormatOptions = withDay
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return format;
}

/** The first four digits of a source date ("2026-02-06" -> "2026"), for short labels and citations. */
export function yearOf(date: string): string {
  return /^\d{4}/.exec(date)?.[0] ?? date;
}

/** A highlight category's display name ("Battery metals and graphite", "Export controls"). */
export function categoryName(slug: string, locale: Locale): string {
  return CATEGORIES.find((c) => c.slug === slug)?.name[locale] ?? slug;
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
let ordinalRules: Intl.PluralRules | undefined;

/** 1 -> "1st" / "1.º", for ranks ("Mexico 1st", "México 1.º"). */
export function formatOrdinal(n: number, locale: Locale): string {
  if (locale === 'es') return `${n}.º`;
  ordinalRules ??= new Intl.PluralRules('en-US', { type: 'ordinal' });
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`;
}
