import type { Locale } from '@/lib/i18n/translator';
import { formatApa, formatChicago } from './author-date';
import { toBibtex } from './bibtex';
import { toCslJson, type CslItem } from './csl-item';
import { toRis } from './ris';
import type { CiteFormat, CiteOutput } from './format-names';
import { styleLocale } from './style-locale';

export { CITE_FORMATS, type CiteFormat, type CiteOutput } from './format-names';

/**
 * The five ways to take a citation away, behind one call: formatted references (APA 7, Chicago
 * author-date) for pasting into a text, and the data formats reference managers import (BibTeX,
 * RIS, CSL-JSON). Each gives the text to copy, the HTML to copy where italics matter, and what a
 * downloaded file is called and typed.
 */

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
