import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, mentionsToCsv } from '@/lib/export/csv';
import { LOOKUP, PAGE } from '../panel/mention-fixture';
import { parseCsv } from './parse-csv';
import { formulaFields } from './spreadsheet-fields';

// Titles and snippets a hostile page could carry: a formula after each separator a spreadsheet may
// split on, after spaces, after a quote, and in full-width characters.
const HOSTILE = [
  'Lithium report;=HYPERLINK("http://evil.example","Click");',
  'Lithium;=2+3;',
  "cobalt, +cmd|' /C calc'!A0",
  'nickel\t@SUM(1,2)',
  'graphite;  -2+3',
  'tin; "=1+1"',
  'zinc\r\n=1+1',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  'gallium；＝1+1;＝1+1',
];

const hostilePage = (text: string) => ({
  page: {
    ...PAGE,
    url: `https://news.example.com/a;=1+1;?q=${encodeURIComponent(text)}`,
    title: text,
    mentions: PAGE.mentions.slice(0, 2).map((m) => ({ ...m, context: `${text} ${m.context}` })),
  },
  lookup: LOOKUP,
  exportedAt: new Date('2026-11-22T14:03:09Z'),
});

describe('CSV a spreadsheet cannot run', () => {
  test.each(HOSTILE)('no cell of an export with %j starts a formula, whatever the separator', (text) => {
    const csv = mentionsToCsv(hostilePage(text));
    expect(formulaFields(csv)).toEqual([]);
  });

  test('the hostile text still reads back from an RFC 4180 reader, with only apostrophes added', () => {
    const rows = parseCsv(mentionsToCsv(hostilePage(HOSTILE[0]!)));
    expect(rows[1]![1]).toBe('Lithium report;\'=HYPERLINK("http://evil.example","Click");');
  });

  test('cells holding any separator are quoted', () => {
    for (const text of ['a;b', 'a\tb', 'a,b', 'a"b', 'a\rb', 'a\nb']) {
      expect(csvCell(text)).toMatch(/^".*"$/s);
    }
  });

  test('our own numbers stay numbers, negative ones included', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(0.42)).toBe('0.42');
  });

  test('any text: parseable, nothing a spreadsheet runs, and nothing lost but added apostrophes', () => {
    const risky = fc.constantFrom(...',;\t\r\n =+-@"\'＝＋－＠ab'.split(''));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: risky })), { minLength: 1, maxLength: 5 }),
        (cells) => {
          const line = `${cells.map(csvCell).join(',')}\r\n`;
          const [row] = parseCsv(line);
          expect(row).toHaveLength(cells.length);
          expect(formulaFields(line)).toEqual([]);
          row!.forEach((read, i) => expect(withoutAddedApostrophes(read, cells[i]!)).toBe(true));
        },
      ),
    );
  });
});

/** True when `read` is `original` with zero or more apostrophes inserted, and nothing else. */
function withoutAddedApostrophes(read: string, original: string): boolean {
  let j = 0;
  for (const c of read) {
    if (original[j] === c) j++;
    else if (c !== "'") return false;
  }
  return j === original.length;
}
