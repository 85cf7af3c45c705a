import type { Locale } from '@/lib/i18n/translator';
import { dateParts, type CslDate } from './csl-item';

/**
 * The words citation styles put around the data, in English and Spanish, as CSL's locale files
 * do for a CSL processor: "and"/"y", "n.d."/"s. f.", month names, "Retrieved"/"Recuperado".
 * Spanish follows the Spanish editions of APA 7 and Chicago.
 */

const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

export interface StyleLocale {
  locale: Locale;
  and: string;
  noDate: string;
  dataset: string;
  report: string;
  version: (version: string) => string;
  /** APA: "Retrieved March 5, 2026, from https://…". */
  retrieved: (date: string, url: string) => string;
  /** Chicago: "Accessed March 5, 2026." */
  accessed: (date: string) => string;
  month: (month: number) => string;
  /** "March 4, 2026" / "4 de marzo de 2026"; partial dates stay partial. */
  longDate: (date: CslDate | undefined) => string;
  /** APA's parenthesised date: "2026, March 4" / "2026, 4 de marzo". */
  apaDate: (date: CslDate | undefined) => string;
  /** A figure's note: which rows and year, and where and when the reader saw it. */
  dataYear: (year: number) => string;
  seenOn: (seen: { version: string; title: string; url: string; date: string }) => string;
}

const en: StyleLocale = {
  locale: 'en',
  and: 'and',
  noDate: 'n.d.',
  dataset: 'Data set',
  report: 'Report',
  version: (v) => `Version ${v}`,
  retrieved: (date, url) => `Retrieved ${date}, from ${url}`,
  accessed: (date) => `Accessed ${date}.`,
  month: (m) => MONTHS.en[m - 1] ?? '',
  longDate(date) {
    const { year, month, day } = dateParts(date);
    if (year === undefined) return '';
    if (month === undefined) return String(year);
    return day === undefined ? `${this.month(month)} ${year}` : `${this.month(month)} ${day}, ${year}`;
  },
  apaDate(date) {
    const { year, month, day } = dateParts(date);
    if (year === undefined) return this.noDate;
    if (month === undefined) return String(year);
    return `${year}, ${this.month(month)}${day === undefined ? '' : ` ${day}`}`;
  },
  dataYear: (year) => `data year ${year}`,
  seenOn: ({ version, title, url, date }) =>
    `Cited through the Mineral Lens dataset ${version}; seen on “${title}” (${url}), accessed ${date}.`,
};

const es: StyleLocale = {
  locale: 'es',
  and: 'y',
  noDate: 's. f.',
  dataset: 'Conjunto de datos',
  report: 'Informe',
  version: (v) => `Versión ${v}`,
  retrieved: (date, url) => `Recuperado el ${date}, de ${url}`,
  accessed: (date) => `Consultado el ${date}.`,
  month: (m) => MONTHS.es[m - 1] ?? '',
  longDate(date) {
    const { year, month, day } = dateParts(date);
    if (year === undefined) return '';
    if (month === undefined) return String(year);
    return day === undefined
      ? `${this.month(month)} de ${year}`
      : `${day} de ${this.month(month)} de ${year}`;
  },
  apaDate(date) {
    const { year, month, day } = dateParts(date);
    if (year === undefined) return this.noDate;
    if (month === undefined) return String(year);
    return `${year}, ${day === undefined ? '' : `${day} de `}${this.month(month)}`;
  },
  dataYear: (year) => `año de los datos ${year}`,
  seenOn: ({ version, title, url, date }) =>
    `Citado a través del conjunto de datos de Mineral Lens ${version}; visto en «${title}» (${url}), consultado el ${date}.`,
};

export const styleLocale = (locale: Locale): StyleLocale => (locale === 'es' ? es : en);
