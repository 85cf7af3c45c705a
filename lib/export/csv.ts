import { statusLine, statusParts } from '@/lib/card/status-text';
import { localIsoDate } from '@/lib/dataset/status-standing';
import { createTranslator } from '@/lib/i18n/translate';
import { termName, type ExportInput } from './export-input';

export const CSV_COLUMNS = [
  'page_url',
  'page_title',
  'frame_id',
  'index',
  'term_id',
  'term_name',
  'kind',
  'category',
  'text',
  'context',
  'confidence',
  'status',
  'status_as_of',
] as const;

// A cell a spreadsheet would run as a formula (OWASP's list: = + - @, tab, carriage return).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell per RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text that a spreadsheet would evaluate gets a leading apostrophe, because page text is not ours:
 * a title of "=HYPERLINK(...)" must arrive as text, not as a live link.
 */
export function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The page's mentions as CSV, one row per mention in document order, each row complete with the
 * page's URL and title so files from many pages can be concatenated. UTF-8, CRLF line ends.
 */
export function mentionsToCsv(input: ExportInput): string {
  const { page } = input;
  const rows = page.mentions.map((m) =>
    [
      page.url,
      page.title,
      m.frameId,
      m.index,
      m.termId,
      termName(input, m.termId),
      m.kind,
      input.lookup.entry(m.termId)?.category ?? m.category,
      m.text,
      m.context,
      m.confidence,
      ...statusCells(input, m.termId),
    ].map(csvCell),
  );
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => `${row.join(',')}\r\n`).join('');
}

/** A policy term's status in English, judged on the export day, and the day it was verified. */
function statusCells(input: ExportInput, termId: string): [string, string] {
  const status = input.lookup.policy(termId)?.status;
  if (!status) return ['', ''];
  const english = createTranslator('en');
  return [statusLine(statusParts(status, localIsoDate(input.exportedAt), english)), status.asOf];
}
