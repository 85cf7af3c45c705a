import type { Locale } from '@/lib/i18n/translator';
import { formatApa } from './apa';
import { toBibtex } from './bibtex';
import { formatChicago } from './chicago';
import { toCslJson, type CslItem } from './csl-item';
import { toRis } from './ris';
import { styleLocale } from './style-locale';

/**
 * The five ways to take a citation away, behind one call: formatted references (APA 7, Chicago
 * author-date) for pasting into a text, and the data formats reference managers import (BibTeX,
 * RIS, CSL-JSON). Each gives the text to copy, the HTML to copy where italics matter, and what a
 * downloaded file is called and typed.
 */

export const CITE_FORMATS = ['apa', 'chicago', 'bibtex', 'ris', 'csl-json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export const isCiteFormat = (value: unknown): value is CiteFormat =>
  typeof value === 'string' && (CITE_FORMATS as readonly string[]).includes(value);

export interface CiteOutput {
  text: string;
  /** Formatted references only: the same text with italics, for rich pasting. */
  html?: string;
  extension: string;
  mime: string;
}

export function formatCitations(items: CslItem[], format: CiteFormat, locale: Locale): CiteOutput {
  switch (format) {
    case 'bibtex':
      return { text: toBibtex(items), extension: 'bib', mime: 'application/x-bibtex;charset=utf-8' };
    case 'ris':
      return {
        text: toRis(items),
        extension: 'ris',
        mime: 'application/x-research-info-systems;charset=utf-8',
      };
    case 'csl-json':
      return { text: toCslJson(items), extension: 'json', mime: 'application/vnd.citationstyles.csl+json' };
    default: {
      const loc = styleLocale(locale);
      const formatted = items.map((item) => (format === 'apa' ? formatApa : formatChicago)(item, loc));
      return {
        text: `${formatted.map((f) => f.text).join('\n\n')}\n`,
        html: formatted.map((f) => `<p>${f.html}</p>`).join(''),
        extension: 'txt',
        mime: 'text/plain;charset=utf-8',
      };
    }
  }
}
