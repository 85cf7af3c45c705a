import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { notebookCslItems, notebookToCslJson, notebookToRis } from '@/lib/notebook/export/notebook-citations';
import { NOTEBOOK_CSV_COLUMNS, notebookToCsv } from '@/lib/notebook/export/notebook-csv';
import { notebookToMarkdown } from '@/lib/notebook/export/notebook-markdown';
import { parseNotebookJson, toNotebookJson } from '@/lib/notebook/export/notebook-json';
import { captureRecords } from '@/lib/notebook/capture';
import type { NotebookData } from '@/lib/notebook/notebook-query';
import { NotebookFileSchema } from '@/lib/notebook/records';
import schema from '../cite/csl-data.schema.json';
import { parseCitations } from '../cite/parse-citations';
import { parseCsv } from '../export/parse-csv';
import { capture, mention, metadata } from './capture-fixture';

const hostile = mention(
  'lithium',
  'lithium',
  '=HYPERLINK("x"), "lithium" line\nbreak; [link](javascript:alert(1))',
);
const first = captureRecords(
  capture([hostile, mention('cobalt', 'cobalt', 'Most cobalt still comes from the Congo.')]),
  Date.UTC(2026, 2, 4, 10),
);
const url = 'https://elpais.example/economia/litio';
const second = captureRecords(
  capture(
    [mention('lithium', 'litio', 'La producción de litio en Bolivia creció.')],
    metadata({
      url,
      canonicalUrl: url,
      title: 'El litio boliviano',
      site: 'El País',
      language: 'es',
      authors: [],
    }),
  ),
  Date.UTC(2026, 2, 18, 10),
);
const data: NotebookData = {
  pages: [{ ...first.page, note: 'Key source, "quoted"' }, second.page],
  mentions: [
    { ...first.mentions[0]!, note: 'check the figure', starred: true },
    ...first.mentions.slice(1),
    ...second.mentions,
  ],
};
const name = (id: string) => ({ lithium: 'Lithium', cobalt: 'Cobalt' })[id] ?? id;

describe('notebook exports parse back', () => {
  test('CSV is RFC 4180: one row per quote, every cell intact, no formula', () => {
    const rows = parseCsv(notebookToCsv(data, name));
    expect(rows[0]).toEqual([...NOTEBOOK_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const row = Object.fromEntries(NOTEBOOK_CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row.sentence).toBe(`'${hostile.context}`);
    expect(row).toMatchObject({
      page_note: 'Key source, "quoted"',
      note: 'check the figure',
      starred: 'yes',
      authors: 'Ruiz, Ana',
    });
    expect(rows.slice(1).every((r) => r.length === NOTEBOOK_CSV_COLUMNS.length)).toBe(true);
  });

  test('JSON matches its schema, and a round trip loses nothing', () => {
    const text = toNotebookJson(data, new Date(Date.UTC(2026, 11, 6)));
    expect(NotebookFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const back = parseNotebookJson(text);
    if (!back.ok) throw new Error(back.reason);
    expect({
      pages: back.records.map((r) => r.page),
      mentions: back.records.flatMap((r) => r.mentions),
    }).toEqual({ pages: data.pages, mentions: expect.arrayContaining(data.mentions) });
    expect(back.records.flatMap((r) => r.mentions)).toHaveLength(data.mentions.length);
  });

  test('JSON that is not a notebook is refused with the field named', () => {
    expect(parseNotebookJson('{')).toEqual({ ok: false, reason: 'not JSON' });
    const wrong = JSON.parse(toNotebookJson(data, new Date()));
    wrong.pages[0].visits = 'yesterday';
    expect(parseNotebookJson(JSON.stringify(wrong))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^pages\.0\.visits/),
    });
  });

  test('RIS: one record per article, read back by citation-js, with each quote as a note', () => {
    const text = notebookToRis(data);
    const items = parseCitations(text, '@ris/file');
    expect(items.map((i) => i.title)).toEqual(['Lithium miners race to meet demand', 'El litio boliviano']);
    // citation-js files a NEWS record's only AU line as a plain string under `reporter`.
    expect([items[0]!.reporter].flat()).toEqual(['Ruiz, Ana']);
    expect(items[0]!.URL).toBe('https://www.minewire.example/2026/lithium');
    expect(text.match(/^N1 {2}- /gm)).toHaveLength(1 + 2 + 1);
    expect(text).toContain('N1  - “Most cobalt still comes from the Congo.” [cobalt]');
  });

  test('CSL-JSON is valid against the CSL schema, one item per article with its quotes as a note', () => {
    const items = JSON.parse(notebookToCslJson(data));
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(2);
    expect(notebookCslItems(data)[1]!.note).toBe('“La producción de litio en Bolivia creció.” [litio]');
  });

  test('Markdown by article and by term: citations, escaped quotes, links to the quote', () => {
    const byArticle = notebookToMarkdown(data, 'article', name, 'en');
    expect(byArticle).toContain('## Lithium miners race to meet demand');
    expect(byArticle).toContain(
      'Ruiz, A. \\(2026, March 4\\). Lithium miners race to meet demand. MineWire. <https://www.minewire.example/2026/lithium>',
    );
    expect(byArticle).not.toContain('](javascript:');
    expect(byArticle).toContain(
      '<https://elpais.example/economia/litio#:~:text=La%20producci%C3%B3n%20de-,litio,-en%20Bolivia%20creci%C3%B3.>',
    );
    const byTerm = notebookToMarkdown(data, 'term', name, 'en');
    expect(byTerm.indexOf('## Cobalt')).toBeLessThan(byTerm.indexOf('## Lithium'));
  });
});
