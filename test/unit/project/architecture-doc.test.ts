import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '@/lib/messaging/catalogue';
import { MESSAGE_TYPES } from '@/lib/messaging/messages';
import { TABLE_END, TABLE_START, messageTable } from '@/lib/messaging/message-table';

// docs/architecture.md is the newcomer's map: it must name every message there is, no message
// there is not, and only files that exist.
const root = resolve(import.meta.dirname, '../../..');
const doc = readFileSync(resolve(root, 'docs/architecture.md'), 'utf8');

/** A markdown table's rows as trimmed cells, whatever its padding; the separator row left out. */
const rowsOf = (table: string) =>
  table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-|: ]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );

const section = doc.slice(doc.indexOf(TABLE_START) + TABLE_START.length, doc.indexOf(TABLE_END));
const documented = rowsOf(section)
  .slice(1)
  .map(([type]) => type!.replaceAll('`', ''));

const ROOTS = /^(lib|components|entrypoints|test|scripts|data|docs)\/|^wxt\.config\.ts$/;
/** Every `code` span in `text` that names a file or folder of the project. */
const pathsIn = (text: string) =>
  [...text.matchAll(/`([^`\s]+)`/g)].map(([, path]) => path!).filter((path) => ROOTS.test(path));

describe('docs/architecture.md', () => {
  test('has a message table row for every message type in the catalogue', () => {
    expect(MESSAGE_TYPES.filter((type) => !documented.includes(type))).toEqual([]);
  });

  test('has no row for a message type the catalogue does not declare', () => {
    expect(documented.filter((type) => !MESSAGE_TYPES.includes(type as never))).toEqual([]);
  });

  test('its message table is the catalogue’s, row for row (npx tsx scripts/write-message-table.ts)', () => {
    expect(rowsOf(section)).toEqual(rowsOf(messageTable()));
  });

  test('answers "where is the keyboard shortcut handled" and "what happens on Not the mineral here"', () => {
    const where = doc.slice(doc.indexOf('## Where does X live'), doc.indexOf('## Frames'));
    const answer = (question: RegExp) => rowsOf(where).find(([what]) => question.test(what!))?.[1] ?? '';
    expect(pathsIn(answer(/keyboard shortcut/i))).toContain('lib/background/mention-shortcut.ts');
    expect(pathsIn(answer(/Not the mineral here/))).toContain('lib/card/card-hidden.ts');
  });

  test('every path it names exists', () => {
    const paths = pathsIn(doc);
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
  });

  test('every file the catalogue says answers a message exists', () => {
    const answeredBy = Object.values(MESSAGES).flatMap((row) => row.answeredBy.split(', '));
    const files = answeredBy.filter((part) => ROOTS.test(part));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
  });
});
