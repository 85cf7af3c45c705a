import { describe, expect, test } from 'vitest';
import { summarizeMentions } from '@/lib/briefing/summarize';
import { summaryLine } from '@/lib/briefing/summary-line';
import { CSV_COLUMNS, csvCell, mentionsToCsv } from '@/lib/export/csv';
import { escapeMarkdown, markdownLink } from '@/lib/export/escape-markdown';
import { exportFileName } from '@/lib/export/file-name';
import { mentionsToJson } from '@/lib/export/json';
import { mentionsToMarkdown } from '@/lib/export/markdown';
import { createTranslator } from '@/lib/i18n/translate';
import { FRAME_URL, LOOKUP, PAGE } from '../panel/mention-fixture';
import { parseCsv } from './parse-csv';

const input = { page: PAGE, lookup: LOOKUP, exportedAt: new Date('2026-11-22T14:03:09Z') };
const en = createTranslator('en');
const es = createTranslator('es');

describe('briefing', () => {
  test('counts minerals, list membership, China as top producer and policy terms', () => {
    const briefing = summarizeMentions(PAGE.mentions, LOOKUP);
    expect(briefing).toMatchObject({
      minerals: 6,
      onUsAndEu: 5,
      chinaTop: 3,
      mexicoProduces: 2,
      mexicoYear: 2025,
      policyTerms: 2,
      mentionCount: 13,
    });
    expect(summaryLine(briefing, en)).toBe(
      '6 minerals, 5 on both the US and EU lists; China is the top producer of 3; Mexico produces 2 of these (USGS, 2025); 2 policy terms',
    );
    expect(summaryLine(briefing, es)).toBe(
      '6 minerales, 5 en las listas de EE. UU. y de la UE; China es el primer productor de 3; México produce 2 de estos (USGS, 2025); 2 términos de política',
    );
  });

  test('groups terms by category, minerals first, most-mentioned first', () => {
    const briefing = summarizeMentions(PAGE.mentions, LOOKUP);
    expect(
      briefing.groups.map((g) => [g.category, g.terms.map((t) => [t.termId, t.mentions.length])]),
    ).toEqual([
      [
        'battery-metal',
        [
          ['lithium', 3],
          ['cobalt', 2],
          ['graphite', 1],
        ],
      ],
      ['rare-earth-element', [['rare-earth-elements', 2]]],
      ['precious-metal', [['silver', 1]]],
      ['technology-metal', [['gallium', 1]]],
      ['law', [['inflation-reduction-act', 1]]],
      ['agreement', [['usmca', 2]]],
    ]);
  });

  test('singular clauses, and clauses with nothing to say left out', () => {
    const one = summarizeMentions([PAGE.mentions[7]!, PAGE.mentions[0]!], LOOKUP);
    expect(summaryLine(one, en)).toBe('1 mineral, 1 on both the US and EU lists; 1 policy term');
    expect(summaryLine(summarizeMentions([PAGE.mentions[9]!], LOOKUP), en)).toBe(
      '1 mineral; Mexico produces 1 of these (USGS, 2025)',
    );
    expect(summaryLine(summarizeMentions([], LOOKUP), en)).toBe('');
  });
});

describe('CSV', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tTAB', `"'\tTAB"`],
    ['a;=1+1', `"a;'=1+1"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])('cell %j -> %j', (value, expected) => expect(csvCell(value)).toBe(expected));

  test('numbers are written as numbers, negative ones included', () => {
    expect(csvCell(0.75)).toBe('0.75');
    expect(csvCell(-1)).toBe('-1');
  });

  test('one row per mention, every row complete, parses back to the page', () => {
    const rows = parseCsv(mentionsToCsv(input));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(PAGE.mentions.length + 1);
    const records = rows.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]])));
    records.forEach((record, i) => {
      const m = PAGE.mentions[i]!;
      expect(record).toEqual({
        page_url: PAGE.url,
        page_title: PAGE.title,
        frame_id: String(m.frameId),
        frame_url: m.frameUrl,
        index: String(m.index),
        term_id: m.termId,
        term_name: LOOKUP.entry(m.termId)!.name,
        kind: m.kind,
        category: m.category,
        text: m.text,
        context: m.context.startsWith('=') ? `'${m.context}` : m.context,
        confidence: String(m.confidence),
        // Policy terms carry their status and the day it was verified; minerals leave both empty.
        status: LOOKUP.policy(m.termId)?.status
          ? expect.stringMatching(/\(as of [A-Z][a-z]+ \d+, \d{4}\)/)
          : '',
        status_as_of: LOOKUP.policy(m.termId)?.status?.asOf ?? '',
      });
    });
  });

  test("a sub-frame's mentions are filed under the frame's own address", () => {
    const rows = parseCsv(mentionsToCsv(input));
    const [pageUrl, frameUrl] = ['page_url', 'frame_url'].map((c) => rows[0]!.indexOf(c));
    const fromFrame = rows.slice(1).filter((row) => row[frameUrl!] === FRAME_URL);
    expect(fromFrame.map((row) => row[rows[0]!.indexOf('text')])).toEqual(['tierras raras', 'litio']);
    expect(fromFrame.every((row) => row[pageUrl!] === PAGE.url)).toBe(true);
  });
});

describe('JSON', () => {
  test('parses back to the page, its mentions and a count per term', () => {
    const doc = JSON.parse(mentionsToJson(input));
    expect(doc).toMatchObject({
      format: 'mineral-lens-mentions',
      formatVersion: 2,
      exportedAt: '2026-11-22T14:03:09.000Z',
      page: { url: PAGE.url, title: PAGE.title, lang: 'en' },
      dataset: { version: LOOKUP.version },
    });
    expect(doc.mentions).toEqual(
      PAGE.mentions.map(({ why: _, ...m }) => ({
        ...m,
        termName: LOOKUP.entry(m.termId)!.name,
        reason: 'Unambiguous name',
      })),
    );
    expect(doc.terms.find((t: { id: string }) => t.id === 'lithium')).toEqual({
      id: 'lithium',
      name: 'Lithium',
      kind: 'mineral',
      category: 'battery-metal',
      mentions: 3,
      figures: expect.any(Object),
    });
  });

  test('carries the figures behind the story as numbers and ISO codes, with their USGS rows', () => {
    const doc = JSON.parse(mentionsToJson(input));
    const silver = doc.terms.find((t: { id: string }) => t.id === 'silver').figures;
    expect(silver.mexico.tables[0]).toMatchObject({
      table: 'production',
      rank: 1,
      amount: 6300,
      sharePct: 24.2,
      year: 2025,
      source: { sourceId: 'usgs-mcs-2026-data', chapter: 'SILVER' },
    });
    expect(silver.concentration[0]).toMatchObject({
      hhi: 1121,
      top3SharePct: 51.2,
      computedBy: 'Mineral Lens',
      lowerBound: true,
    });
    expect(silver.reserves[0].countries).toContainEqual({
      place: { kind: 'country', code: 'MX' },
      amount: 37000,
      display: '37,000',
      sharePct: 6.1,
    });
    expect(silver.prices[0].points[4]).toEqual({ year: 2025, amount: 38, display: '38', estimated: true });
    expect(doc.terms.find((t: { id: string }) => t.id === 'usmca').figures).toBeNull();
  });
});

describe('Markdown', () => {
  test.each([
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['[link](javascript:x)', '\\[link\\]\\(javascript:x\\)'],
    ['# not a heading', '\\# not a heading'],
    ['a | b', 'a \\| b'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['![alt](x.png)', '\\!\\[alt\\]\\(x.png\\)'],
    ['`code` ~~gone~~ &amp; $x$', '\\`code\\` \\~\\~gone\\~\\~ \\&amp; \\$x\\$'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\n\n# h', 'two lines \\# h'],
    ['U.S. lithium-ion, 2+2=4', 'U.S. lithium-ion, 2+2=4'],
  ])('escapes %j', (text, expected) => expect(escapeMarkdown(text)).toBe(expected));

  test('links only http(s) URLs, percent-encoding what would end the autolink', () => {
    expect(markdownLink('https://example.com/a b<c>')).toBe('<https://example.com/a%20b%3Cc%3E>');
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
    expect(markdownLink('not a url')).toBe('not a url');
  });

  test('a briefing with the page, the line, key figures with sources and data years, and each mention', () => {
    const text = mentionsToMarkdown(input, en);
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '# Mineral Lens briefing: Minerals \\*pact\\* \\[draft\\] \\(v2\\) \\#1 \\| \\_news\\_',
    );
    expect(text).toContain(`- **Page:** <${PAGE.url}>`);
    expect(text).toContain('- **Exported:** 2026-11-22 14:03 UTC');
    expect(text).toContain(
      '6 minerals, 5 on both the US and EU lists; China is the top producer of 3; Mexico produces 2 of these \\(USGS, 2025\\); 2 policy terms.',
    );
    expect(text).toContain('## Battery metals and graphite');
    expect(text).toContain('### Lithium (3 mentions)');
    expect(text).toContain(
      '- **Mine production, lithium content** (data year 2025): 290,000 metric tons \\(estimated\\); ' +
        'top producers: Australia 31.7%, China 21.4%, Chile 19.3%. Source: U.S. Geological Survey, 2026, ' +
        'Mineral Commodity Summaries 2026 Data Release, MCS2026\\_Commodities\\_Data.csv, ' +
        'LITHIUM, World Mine Production and Reserves <https://doi.org/10.5066/P1WKQ63T>.',
    );
    expect(text).toContain('- **U.S. net import reliance** (data year 2025): \\>50% of apparent consumption');
    expect(text).toContain(
      '- **Mexico** (data year 2025): 1st producer \\(Mine production, silver content, 24.2% of world\\); share of U.S. imports 2021–24: all forms 47%.',
    );
    expect(text).toContain(
      '- **Supply concentration, Mine production, silver content \\(computed by Mineral Lens from USGS country figures\\)** (data year 2025): top three producers at least 51.2%; HHI at least 1,121',
    );
    expect(text).toContain('1. the cobalt that ends up in **lithium**-ion batteries');
    expect(text).toMatch(
      /On official lists \\\(the group or its members\\\)\*\*: .*U\.S\. List of Critical Minerals 2025/,
    );
    expect(text).toContain('### United States-Mexico-Canada Agreement (2 mentions)');
    expect(text).toContain('- **Jurisdiction**: United States, Mexico, Canada.');
    // Rare earths: the mention in the Spanish quote, and the figure labelled as the group's own.
    expect(text).toContain('1. extended licensing to several **rare earth elements**');
    // A frame's mention names the frame it is in, when that is not the page itself.
    expect(text).toContain(`2. «Las **tierras raras** y el litio son la prioridad» (Frame: <${FRAME_URL}>)`);
    expect(text).toContain('1. extended licensing to several **rare earth elements**\n');
    expect(text.endsWith('\n')).toBe(true);
  });

  test('nothing from the page can open a link, an image or HTML', () => {
    const hostile = {
      ...input,
      page: {
        ...PAGE,
        title: '](javascript:alert(1)) <script>alert(1)</script>',
        mentions: [{ ...PAGE.mentions[8]!, context: '[click](https://evil.example) lithium <b>x</b>' }],
      },
    };
    const text = mentionsToMarkdown(hostile, en);
    expect(text).not.toMatch(/(?<!\\)\[|(?<!\\)<(?!https:\/\/)/);
  });

  test('is written in the UI language', () => {
    const text = mentionsToMarkdown(input, es);
    expect(text).toContain('# Resumen de Mineral Lens:');
    expect(text).toContain('### Litio (3 menciones)');
    expect(text).toContain('## Metales para baterías y grafito');
  });

  test('a page without mentions says so', () => {
    const text = mentionsToMarkdown({ ...input, page: { ...PAGE, mentions: [] } }, en);
    expect(text).toContain('No critical minerals or policy terms were found on this page.');
    expect(text).not.toContain('##');
  });
});

test('file names carry the site and the day, and nothing a file system would refuse', () => {
  const now = new Date('2026-11-22T23:59:00Z');
  expect(exportFileName(PAGE.url, 'csv', now)).toBe('mineral-lens-news.example.com-2026-11-22.csv');
  expect(exportFileName('about:blank', 'md', now)).toBe('mineral-lens-page-2026-11-22.md');
});
