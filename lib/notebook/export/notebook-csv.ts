import { csvCell } from '@/lib/export/csv';
import type { NotebookData } from '../notebook-query';

/**
 * The notebook as CSV (RFC 4180, CRLF, UTF-8), one row per quote with its page's metadata, so a
 * spreadsheet can filter and count. Cells go through the page export's hardening (csvCell): page
 * text never reaches a spreadsheet as a formula.
 */
export const NOTEBOOK_CSV_COLUMNS = [
  'page_url',
  'page_title',
  'site',
  'site_name',
  'authors',
  'published',
  'language',
  'last_visit',
  'page_note',
  'page_starred',
  'term_id',
  'term_name',
  'category',
  'text',
  'sentence',
  'prefix',
  'exact',
  'suffix',
  'first_seen',
  'note',
  'starred',
] as const;

const iso = (time: number) => new Date(time).toISOString();

export function notebookToCsv(data: NotebookData, termName: (id: string) => string): string {
  const pages = new Map(data.pages.map((page) => [page.url, page]));
  const rows = data.mentions.flatMap((m) => {
    const page = pages.get(m.page);
    if (!page) return [];
    const authors = page.authors
      .map((a) => ('literal' in a ? a.literal : `${a.family}, ${a.given}`))
      .join('; ');
    return [
      [
        page.url,
        page.title,
        page.site,
        page.siteName ?? '',
        authors,
        page.published ?? '',
        page.language,
        iso(page.lastVisit),
        page.note,
        page.starred ? 'yes' : 'no',
        m.termId,
        termName(m.termId),
        m.category,
        m.text,
        m.sentence,
        m.selector.prefix,
        m.selector.exact,
        m.selector.suffix,
        iso(m.seen),
        m.note,
        m.starred ? 'yes' : 'no',
      ].map(csvCell),
    ];
  });
  return [NOTEBOOK_CSV_COLUMNS as readonly string[], ...rows].map((row) => `${row.join(',')}\r\n`).join('');
}
