import type { CslItem } from '@/lib/cite/csl-item';
import { toCslJson } from '@/lib/cite/csl-item';
import { pageItem } from '@/lib/cite/page-item';
import type { PageMetadata } from '@/lib/cite/page-metadata';
import { itemToRis } from '@/lib/cite/ris';
import type { NotebookData } from '../notebook-query';
import type { NotebookMention, NotebookPage } from '../records';

/**
 * The notebook for reference managers: one item per article, written by lib/cite from the
 * metadata the notebook kept, accessed on the last visit; the reader's note and each quote (with
 * its own note) travel as notes, one N1 line each in RIS, one note text in CSL-JSON.
 */
function metadataOf(page: NotebookPage): PageMetadata {
  const genre = ['news', 'article', 'report', 'webpage'].includes(page.genre) ? page.genre : 'webpage';
  return {
    url: page.url,
    canonicalUrl: page.url,
    title: page.title,
    authors: page.authors,
    site: page.siteName,
    published: page.published,
    modified: null,
    language: page.language || null,
    doi: page.doi,
    genre: genre as PageMetadata['genre'],
    from: {},
  };
}

const quoteNote = (m: NotebookMention) => `“${m.sentence}” [${m.text}]${m.note ? ` — ${m.note}` : ''}`;

function notesOf(page: NotebookPage, mentions: NotebookMention[]): string[] {
  return [...(page.note ? [page.note] : []), ...mentions.map(quoteNote)];
}

/** The article alone, as lib/cite writes it, accessed on the last visit. */
export const pageCslItem = (page: NotebookPage) => pageItem(metadataOf(page), new Date(page.lastVisit));

function itemsOf(data: NotebookData) {
  const byPage = Map.groupBy(data.mentions, (m) => m.page);
  return data.pages.map((page) => ({
    item: pageCslItem(page),
    notes: notesOf(page, byPage.get(page.url) ?? []),
  }));
}

export function notebookCslItems(data: NotebookData): CslItem[] {
  return itemsOf(data).map(({ item, notes }) => (notes.length ? { ...item, note: notes.join('\n') } : item));
}

export const notebookToCslJson = (data: NotebookData) => toCslJson(notebookCslItems(data));

export function notebookToRis(data: NotebookData): string {
  const records = itemsOf(data).map(({ item, notes }) => {
    const record = itemToRis(item);
    // lib/cite writes one N1; RIS allows many, and reference managers make each a note.
    const lines = notes.map((note) => `N1  - ${note.replace(/\s+/g, ' ').trim()}`);
    return record.replace(/\r\nER {2}- $/, `${lines.map((l) => `\r\n${l}`).join('')}\r\nER  - `);
  });
  return `${records.join('\r\n\r\n')}\r\n`;
}
