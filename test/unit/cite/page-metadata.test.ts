// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readPageMetadata, PageMetadataSchema } from '@/lib/cite/page-metadata';
import { fixtureDoc, htmlDoc } from './fixture-doc';

const read = (name: string, url = 'https://news.example/a') => {
  const doc = fixtureDoc(name);
  const before = doc.documentElement.outerHTML;
  const meta = readPageMetadata(doc, url);
  expect(doc.documentElement.outerHTML).toBe(before); // read-only
  expect(PageMetadataSchema.safeParse(meta).success).toBe(true);
  return meta;
};

describe('page metadata, on pages shaped like real news sites', () => {
  test('a wire-service NewsArticle: JSON-LD wins over Open Graph, the day as the publisher wrote it', () => {
    const meta = read('wire-news-article.html');
    expect(meta).toMatchObject({
      title: 'Lithium miners race to lock in supply deals as prices rebound',
      authors: [
        { family: 'Doe', given: 'Jane Q.' },
        { family: 'de la Cruz', given: 'Rafael' },
      ],
      site: 'Global Wire',
      published: '2026-03-04', // not 5 March: the offset is the publisher's
      modified: '2026-03-05',
      language: 'en',
      canonicalUrl: 'https://www.globalwire.example/markets/commodities/lithium-miners-race-2026-03-04/',
      genre: 'news',
    });
    expect(meta.from).toMatchObject({
      title: 'json-ld',
      authors: 'json-ld',
      published: 'json-ld',
      site: 'json-ld',
    });
  });

  test('a Spanish page with Open Graph only: site, date, locale; a profile URL is not an author', () => {
    const meta = read('es-opengraph-only.html');
    expect(meta).toMatchObject({
      title: 'México y EU alistan plan sobre minerales críticos; el litio, en el centro',
      authors: [],
      site: 'El Diario Financiero',
      published: '2026-02-12',
      language: 'es-MX',
      canonicalUrl:
        'https://www.eldiariofinanciero.example/economia/2026/02/12/mexico-y-eu-minerales-criticos/',
      genre: 'article',
    });
    expect(meta.from).toMatchObject({ title: 'open-graph', site: 'open-graph', language: 'open-graph' });
  });

  test('a Highwire-tagged report: citation_* beats Dublin Core and Open Graph', () => {
    const meta = read('highwire-report.html');
    expect(meta).toMatchObject({
      title: 'Critical Minerals Outlook 2026: Supply Risk & Policy Responses',
      authors: [
        { family: 'Okafor', given: 'Adaeze' },
        { family: 'Lindqvist', given: 'Erik' },
      ],
      site: 'Institute for Resource Policy',
      published: '2026-01-15',
      doi: '10.9999/irp.2026.01',
      genre: 'report',
    });
    expect(meta.from).toMatchObject({ title: 'highwire', authors: 'highwire', published: 'highwire' });
  });

  test('a Yoast @graph: author and publisher named by @id are found in the graph', () => {
    const meta = read('yoast-graph.html');
    expect(meta).toMatchObject({
      title: 'Why cobalt prices crashed, and what comes next',
      authors: [{ family: 'Baker', given: 'Tom' }],
      site: 'Mining Weekly Review',
      published: '2025-11-27',
      modified: '2025-12-01',
      language: 'en-US',
      canonicalUrl: 'https://miningweekly.example/cobalt-prices/',
      genre: 'article',
    });
  });

  test('only a <title>: trimmed title, no author, no date, the document URL kept', () => {
    const meta = read('title-only.html', 'https://blog.example/rare-earths');
    expect(meta).toMatchObject({
      title: 'Rare earths: a short explainer',
      authors: [],
      site: null,
      published: null,
      language: null,
      canonicalUrl: null,
      url: 'https://blog.example/rare-earths',
      genre: 'webpage',
    });
  });

  test('malformed JSON-LD, impossible dates and a javascript: URL are skipped, never thrown on', () => {
    const meta = read('malformed.html');
    expect(meta.title).toBe('Nickel glut deepens'); // the headline object is junk; <title> it is
    expect(meta.from.title).toBe('html');
    expect(meta.authors).toEqual([{ family: 'García', given: 'Ana María López' }]);
    expect(meta.site).toBe('Metals Daily');
    expect(meta.published).toBe('2026-03-04'); // DC's Spanish date, after og's 2026-13-45 was refused
    expect(meta.from.published).toBe('dublin-core');
    expect(meta.canonicalUrl).toBeNull();
  });

  test('the <title> fallback drops the site suffix only when it names the site', () => {
    const doc = htmlDoc(
      '<title>Copper deal signed | Andes Post</title><meta property="og:site_name" content="Andes Post">',
    );
    expect(readPageMetadata(doc, 'https://x.example/').title).toBe('Copper deal signed');
    const other = htmlDoc('<title>Copper | zinc | lead</title>');
    expect(readPageMetadata(other, 'https://x.example/').title).toBe('Copper | zinc | lead');
  });
});

describe('a hostile page', () => {
  const junk = 'A'.repeat(100_000);
  const doc = htmlDoc(`<html lang="javascript:alert(1)"><head>
    <meta name="citation_title" content="<img src=x onerror=alert(1)>Real &amp; <b>bold</b>\u202Egnp.exe">
    <meta name="citation_author" content="${junk}">
    <meta name="citation_author" content="<script>x</script>">
    <meta name="citation_public_url" content="javascript:alert(document.cookie)">
    <meta property="og:url" content="data:text/html,<script>alert(1)</script>">
    <link rel="canonical" href="/relative/path?q=1">
    <meta property="og:site_name" content="${'Site '.repeat(2000)}">
    <script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: Array(5000).fill({ name: 'Spam Bot' }) })}</script>
    </head><body></body></html>`);
  const meta = readPageMetadata(doc, 'https://host.example/story');

  test('no markup, no bidirectional overrides, capped lengths', () => {
    expect(meta.title).toBe('Real & bold gnp.exe');
    expect(meta.site!.length).toBeLessThanOrEqual(160);
    for (const author of meta.authors) expect(JSON.stringify(author).length).toBeLessThan(400);
    expect(meta.authors.length).toBeLessThanOrEqual(30);
  });

  test('only http(s) addresses, relative ones resolved against the page', () => {
    expect(meta.canonicalUrl).toBe('https://host.example/relative/path?q=1');
    expect(meta.language).toBeNull();
  });
});
