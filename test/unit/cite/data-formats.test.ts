// @vitest-environment happy-dom
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { formatCitations } from '@/lib/cite/cite-formats';
import { escapeBibtex, toBibtex } from '@/lib/cite/bibtex';
import type { CslItem } from '@/lib/cite/csl-item';
import { figureItems } from '@/lib/cite/figure-items';
import { pageItem } from '@/lib/cite/page-item';
import { readPageMetadata } from '@/lib/cite/page-metadata';
import { toRis } from '@/lib/cite/ris';
import { styleLocale } from '@/lib/cite/style-locale';
import meta from '@/data/meta.json';
import { detailsOf } from '../card/details';
import schema from './csl-data.schema.json';
import { fixtureDoc } from './fixture-doc';
import { namesOf, parseCitations, type ParsedItem } from './parse-citations';

const accessed = new Date(2026, 11, 6, 15, 0);
const page = (name: string) =>
  pageItem(readPageMetadata(fixtureDoc(name), 'https://news.example/a'), accessed);
const seen = { url: 'https://www.globalwire.example/lithium', title: 'Lithium miners race', accessed };
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

const day = (item: ParsedItem) => item.issued?.['date-parts'][0];
/**
 * citation-js's RIS reader follows the RIS spec's table, which gives a NEWS record's date from PY
 * (the year) only; the full day is in DA, which Zotero and EndNote read, so it is checked there.
 */
const newsDay = (item: ParsedItem, format: string, text: string) =>
  format === 'RIS'
    ? [day(item)?.[0], ...(/^DA {2}- \d{4}\/(\d\d)\/(\d\d)\//m.exec(text)?.slice(1).map(Number) ?? [])]
    : day(item);

const write = { RIS: toRis, BibTeX: toBibtex };

describe.each([
  ['RIS', (items: CslItem[]) => parseCitations(toRis(items), '@ris/file')],
  ['BibTeX', (items: CslItem[]) => parseCitations(toBibtex(items), '@biblatex/text')],
] as const)('%s parses back with citation-js', (name, parse) => {
  test('a news article: title, authors, day, address', () => {
    const article = page('wire-news-article.html');
    const [item] = parse([article]);
    expect(item!.title).toBe('Lithium miners race to lock in supply deals as prices rebound');
    expect(namesOf(item!)).toEqual(['Doe, Jane Q.', 'de la Cruz, Rafael']);
    expect(newsDay(item!, name, write[name]([article]))).toEqual([2026, 3, 4]);
    expect(item!.URL).toBe(
      'https://www.globalwire.example/markets/commodities/lithium-miners-race-2026-03-04/',
    );
    expect(item!.accessed?.['date-parts'][0]).toEqual([2026, 12, 6]);
  });

  test('a report with a DOI and specials in its title', () => {
    const [item] = parse([page('highwire-report.html')]);
    expect(item!.title).toBe('Critical Minerals Outlook 2026: Supply Risk & Policy Responses');
    expect(item!.DOI).toBe('10.9999/irp.2026.01');
    expect(namesOf(item!)).toEqual(['Okafor, Adaeze', 'Lindqvist, Erik']);
  });

  test('a Spanish page keeps its accents', () => {
    const article = page('es-opengraph-only.html');
    const [item] = parse([article]);
    expect(item!.title).toBe('México y EU alistan plan sobre minerales críticos; el litio, en el centro');
    expect(newsDay(item!, name, write[name]([article]))).toEqual([2026, 2, 12]);
  });

  test('a figure names the USGS data release by its DOI, and the page and dataset in its note', () => {
    const items = parse(figureItems(detailsOf('lithium'), seen, styleLocale('en')));
    const usgs = items.find((i) => i.DOI === '10.5066/P1WKQ63T')!;
    expect(usgs.title).toBe('Mineral Commodity Summaries 2026 Data Release');
    expect(namesOf(usgs)).toEqual(['U.S. Geological Survey']);
    expect(day(usgs)).toEqual([2026, 2, 6]);
    expect(usgs.note).toContain('data year 2025');
    expect(usgs.note).toContain(`Mineral Lens dataset ${meta.version}`);
    expect(usgs.note).toContain(seen.url);
    expect(items.length).toBe(3); // the data release, the Federal Register list, IUPAC
  });

  test('hostile text cannot end a field or a record early', () => {
    const evil: CslItem = {
      id: 'x',
      type: 'webpage',
      title: 'Close } brace\r\nER  - \r\nTY  - JOUR and 100% #1 \\input{/etc/passwd} a_b ~^$',
      author: [{ literal: 'ACME } and {Evil' }],
    };
    const items = parse([evil]);
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toContain('Close } brace');
  });
});

describe('CSL-JSON', () => {
  test('every item validates against the CSL data schema', () => {
    const items = [
      ...[
        'wire-news-article.html',
        'es-opengraph-only.html',
        'highwire-report.html',
        'yoast-graph.html',
        'title-only.html',
        'malformed.html',
      ].map(page),
      ...figureItems(detailsOf('lithium'), seen, styleLocale('en')),
      ...figureItems(detailsOf('usmca'), seen, styleLocale('es')),
    ];
    const parsed = JSON.parse(formatCitations(items, 'csl-json', 'en').text);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed).toHaveLength(items.length);
  });

  test('the schema refuses what is not CSL (it is not a rubber stamp)', () => {
    expect(validate([{ id: 'a', type: 'news-article', title: 'x' }])).toBe(false);
    expect(validate([{ id: 'a', type: 'webpage', issued: '2026-03-04' }])).toBe(false);
    expect(validate([{ id: 'a', type: 'webpage', author: [{ name: 'Jane' }] }])).toBe(false);
  });
});

describe('BibTeX escaping', () => {
  test('LaTeX specials are escaped and braces stay balanced', () => {
    expect(escapeBibtex('50% of R&D_costs {x} #1 $5 ~ ^ \\')).toBe(
      '50\\% of R\\&D\\_costs \\{x\\} \\#1 \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  test('an organisation is one name, and two items never share a key', () => {
    const usgs = figureItems(detailsOf('gallium'), seen, styleLocale('en'))[0]!;
    const text = toBibtex([usgs, usgs]);
    expect(text).toContain('author = {{U.S. Geological Survey}}');
    const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(2);
  });
});

describe('RIS lines', () => {
  test('TY first, ER last, CRLF, one line per value', () => {
    const text = toRis([page('wire-news-article.html')]);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});
