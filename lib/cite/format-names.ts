/**
 * The citation formats by name, apart from the formatters: the message protocol and the content
 * script need the names and the answer's shape, never the formatting code (cite-formats.ts).
 */

export const CITE_FORMATS = ['apa', 'chicago', 'bibtex', 'ris', 'csl-json'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

export interface CiteOutput {
  text: string;
  /** Formatted references only: the same text with italics, for rich pasting. */
  html?: string;
  extension: string;
  mime: string;
}
