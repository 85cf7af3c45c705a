/**
 * CSL-JSON, the citation data model of Zotero, Mendeley and Pandoc (citationstyles.org, "CSL-JSON
 * schema" v1.0.2), is the one model every format here is written from: the page and the figure
 * become CSL items, and RIS, BibTeX, APA and Chicago are views of those items. The notebook's
 * export will reuse the same items.
 */
import { cleanDate } from './clean-field';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** `date-parts` holds one [year, month?, day?]; `raw` would be for dates we could not read. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

export type CslType =
  'article-newspaper' | 'article' | 'webpage' | 'report' | 'dataset' | 'legislation' | 'document';

export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  /** The newspaper or site an article is in. */
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  DOI?: string;
  language?: string;
  /** Report number; a dataset's table. */
  number?: string;
  version?: string;
  /** What kind of thing beyond the type: "Data set", "Executive order". */
  genre?: string;
  /** Where the figure was seen, the data year and the dataset version, as a sentence. */
  note?: string;
}

/**
 * "2026-03-04" -> [[2026, 3, 4]]; "2026" -> [[2026]]; a range such as the dataset's "2023-2025"
 * -> its first year; anything else -> undefined.
 */
export function cslDate(value: string | null | undefined): CslDate | undefined {
  const iso = cleanDate(value) ?? /^\d{4}(?=\D|$)/.exec(value ?? '')?.[0];
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part ? Number(part) : undefined));
  if (day !== undefined && month !== undefined) return { 'date-parts': [[year!, month, day]] };
  if (month !== undefined) return { 'date-parts': [[year!, month]] };
  return { 'date-parts': [[year!]] };
}

/** The reader's local calendar day: "accessed today" means the reader's today. */
export function dayOf(date: Date): CslDate {
  return { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] };
}

export function dateParts(date: CslDate | undefined): { year?: number; month?: number; day?: number } {
  const [year, month, day] = date?.['date-parts'][0] ?? [];
  return { year, month, day };
}

/** One item per line of a JSON array, as reference managers import it. */
export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
