import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';

/** RIS or BibTeX read back by citation-js (a parser we did not write), as CSL-JSON items. */
type ParsedName =
  string | { family?: string; given?: string; literal?: string; 'non-dropping-particle'?: string };

export interface ParsedItem {
  title?: string;
  author?: ParsedName[];
  /** citation-js's RIS reader files a NEWS record's AU lines here, as unsplit strings. */
  reporter?: ParsedName[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  DOI?: string;
  type?: string;
  note?: string;
  'container-title'?: string;
}

export function parseCitations(text: string, type: '@ris/file' | '@biblatex/text'): ParsedItem[] {
  return new Cite(text, { forceType: type }).data as ParsedItem[];
}

/** "Family, Given" or the literal, whichever the parser kept; RIS calls a news article's authors reporters. */
export const namesOf = (item: ParsedItem) =>
  (item.author ?? item.reporter ?? []).map((n) => {
    if (typeof n === 'string') return n;
    const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
    return n.literal ?? [family, n.given].filter(Boolean).join(', ');
  });
