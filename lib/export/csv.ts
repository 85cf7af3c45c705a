import { statusLine, statusParts } from '@/lib/card/status-text';
import { localIsoDate } from '@/lib/dataset/status-standing';
import { createTranslator } from '@/lib/i18n/translate';
import { termName, type ExportInput } from './export-input';

export const CSV_COLUMNS = [
  'page_url',
  'page_title',
  'frame_id',
  'frame_url',
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

// Where a spreadsheet may start a cell: Excel and LibreOffice split on the reader's list separator
// ("," or ";", by locale), pasted text splits on tabs, and a reader that ignores quotes splits
// inside quoted cells. The text after any of these is a cell start of its own.
const CELL_BREAK = /([,;\t\r\n])/;
// OWASP's formula triggers, and their full-width forms, which some East Asian Excel locales
// convert; spaces and quote marks before them do not stop every spreadsheet.
const FORMULA_START = /^[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
const NEEDS_QUOTES = /[",;\t\r\n]/;
// Most cells hold none of these, and then there is nothing to defuse.
const MAY_START_FORMULA = /[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * Page text with an apostrophe before every piece a spreadsheet could run as a formula: the cell
 * itself, and each piece after a separator, so "Lithium;=HYPERLINK(...)" stays text for a reader
 * whose spreadsheet splits on ";". An apostrophe before the whole cell would not be enough: that
 * spreadsheet cuts the raw line at the ";", and the piece after it starts a cell of its own.
 */
function defuseFormulas(text: string): string {
  if (!MAY_START_FORMULA.test(text)) return text;
  const pieces = text.split(CELL_BREAK);
  // Even indices are the text between breaks, odd ones the breaks themselves.
  const defused = pieces.map((piece, i) => (i % 2 === 0 && FORMULA_START.test(piece) ? `'${piece}` : piece));
  // A cell that opens with a tab or carriage return is dropped to the formula after it by some.
  return /^[\t\r]/.test(text) ? `'${defused.join('')}` : defused.join('');
}

/**
 * One cell per RFC 4180: quoted when it holds a quote, a line break or any character a spreadsheet
 * may split on (so "," and ";" locales both read one cell), quotes doubled. Page text is not ours:
 * nothing in it may reach a spreadsheet as a formula (see defuseFormulas). Numbers are ours
 * (frame id, index, confidence) and are written as numbers, negative ones too.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = defuseFormulas(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The page's mentions as CSV, one row per mention in document order, each row complete with the
 * page's URL and title so files from many pages can be concatenated, and with the address of the
 * frame the mention is in (the page's own for the top frame). UTF-8, CRLF line ends.
 */
export function mentionsToCsv(input: ExportInput): string {
  const { page } = input;
  const rows = page.mentions.map((m) =>
    [
      page.url,
      page.title,
      m.frameId,
      m.frameUrl,
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
