import { MESSAGES } from './catalogue';

/**
 * docs/architecture.md's message table, written from the catalogue so the two cannot disagree:
 * `npx tsx scripts/write-message-table.ts` rewrites it, and a unit test fails when they differ.
 */
export const TABLE_START = '<!-- message-table:start (npx tsx scripts/write-message-table.ts) -->';
export const TABLE_END = '<!-- message-table:end -->';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function messageTable(): string {
  const rows = Object.entries(MESSAGES).map(([type, row]) =>
    [
      `\`${type}\``,
      row.from,
      row.to,
      row.answeredBy
        .split(', ')
        .map((part) => (part.includes('/') && part.includes('.') ? `\`${part}\`` : part))
        .join(', '),
      String(row.reply) === 'void' ? 'nothing' : `\`${String(row.reply)}\``,
      row.doc,
    ]
      .map(cell)
      .join(' | '),
  );
  return [
    '| Message | From | To | Answered by | Reply | What it does |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** `doc` with the text between the markers replaced by the table. */
export function withMessageTable(doc: string): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('docs/architecture.md has no message-table markers');
  return `${doc.slice(0, start + TABLE_START.length)}\n${messageTable()}\n${doc.slice(end)}`;
}
