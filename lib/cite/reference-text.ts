import type { CslItem, CslName } from './csl-item';

/**
 * A formatted reference is built from parts, some in italics, then written out twice: as plain
 * text, and as HTML for pasting into a word processor (italics kept, everything else escaped).
 */
export type Part = string | { italic: string };
export interface Formatted {
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The reference, then the item's note (where a figure was seen) on a line of its own. */
export function render(parts: Part[], note?: string): Formatted {
  const text = parts
    .map((p) => (typeof p === 'string' ? p : p.italic))
    .join('')
    .trim();
  const html = parts
    .map((p) => (typeof p === 'string' ? escapeHtml(p) : `<i>${escapeHtml(p.italic)}</i>`))
    .join('')
    .trim();
  if (!note) return { text, html };
  return { text: `${text}\n${note}`, html: `${html}<br>${escapeHtml(note)}` };
}

/** "Title" -> "Title."; a title that ends in its own "?", "!" or "." keeps it. */
export const withStop = (text: string, stop = '.') => (/[.?!…]$/.test(text) ? text : `${text}${stop}`);

/** "Jane Q." -> "J. Q."; "Jean-Paul" -> "J.-P."; initials already given stay. */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

export const isOrganisation = (name: CslName) => name.literal !== undefined;

/** The link a reader follows: the DOI as an address when there is one. */
export const linkOf = (item: CslItem): string | undefined =>
  item.DOI ? `https://doi.org/${item.DOI}` : item.URL;

/** True when the publisher is the author (APA and Chicago then name it once). */
export function publisherIsAuthor(item: CslItem, publisher: string | undefined): boolean {
  const names = item.author ?? [];
  return !!publisher && names.length === 1 && names[0]!.literal?.toLowerCase() === publisher.toLowerCase();
}
