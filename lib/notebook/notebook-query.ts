import type { NotebookMention, NotebookPage } from './records';

/**
 * Search and filters over what the notebook keeps, as a pure function the notebook page and its
 * tests share. Search matches terms, quotes, titles, sites and notes, case and accent blind
 * ("litio" finds "Litio", "energia" finds "energía"); filters narrow the quotes, and a page is shown
 * when any of its quotes is (or, with only page-level filters, when it matches itself).
 */
export interface NotebookQuery {
  text: string;
  termId: string;
  category: string;
  site: string;
  language: string;
  /** "YYYY-MM-DD", inclusive, in the reader's time zone; "" for no bound. */
  from: string;
  to: string;
  starredOnly: boolean;
}

export const EMPTY_QUERY: NotebookQuery = {
  text: '',
  termId: '',
  category: '',
  site: '',
  language: '',
  from: '',
  to: '',
  starredOnly: false,
};

export interface NotebookData {
  pages: NotebookPage[];
  mentions: NotebookMention[];
}

export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const dayStart = (iso: string) => (iso ? new Date(`${iso}T00:00:00`).getTime() : -Infinity);
const dayEnd = (iso: string) => (iso ? new Date(`${iso}T23:59:59.999`).getTime() : Infinity);
const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** `termName` gives the term's name in the reader's language, so a search by name finds it. */
export function queryNotebook(
  data: NotebookData,
  query: NotebookQuery,
  termName: (id: string) => string = (id) => id,
): NotebookData {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const pages = new Map(data.pages.map((page) => [page.url, page]));
  const [from, to] = [dayStart(query.from), dayEnd(query.to)];
  const pageOk = (page: NotebookPage) =>
    (!query.site || page.site === query.site) &&
    (!query.language || primary(page.language) === query.language) &&
    page.visits.some((visit) => visit >= from && visit <= to);
  const haystack = (mention: NotebookMention, page: NotebookPage) =>
    fold(
      [
        mention.text,
        termName(mention.termId),
        mention.termId,
        mention.sentence,
        mention.note,
        page.title,
        page.site,
        page.siteName ?? '',
        page.note,
      ].join(' \u0001 '),
    );
  const mentions = data.mentions.filter((mention) => {
    const page = pages.get(mention.page);
    if (!page || !pageOk(page)) return false;
    if (query.termId && mention.termId !== query.termId) return false;
    if (query.category && mention.category !== query.category) return false;
    if (query.starredOnly && !mention.starred && !page.starred) return false;
    const text = words.length ? haystack(mention, page) : '';
    return words.every((word) => text.includes(word));
  });
  const shown = new Set(mentions.map((m) => m.page));
  return {
    pages: data.pages.filter((page) => shown.has(page.url)).sort((a, b) => b.lastVisit - a.lastVisit),
    mentions,
  };
}

/** The values each filter can take, from what is kept. */
export function filterChoices(data: NotebookData) {
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort();
  return {
    terms: sorted(data.mentions.map((m) => m.termId)),
    categories: sorted(data.mentions.map((m) => m.category)),
    sites: sorted(data.pages.map((p) => p.site)),
    languages: sorted(data.pages.map((p) => primary(p.language))),
  };
}
