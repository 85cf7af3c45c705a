// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { formatApa, formatChicago } from '@/lib/cite/author-date';
import type { CslItem } from '@/lib/cite/csl-item';
import { figureItems } from '@/lib/cite/figure-items';
import { pageItem } from '@/lib/cite/page-item';
import { readPageMetadata } from '@/lib/cite/page-metadata';
import { styleLocale } from '@/lib/cite/style-locale';
import meta from '@/data/meta.json';
import { detailsOf } from '../card/details';
import { fixtureDoc, htmlDoc } from './fixture-doc';

const accessed = new Date(2026, 11, 6, 10, 0);
const en = styleLocale('en');
const es = styleLocale('es');
const page = (name: string, url = 'https://news.example/a') =>
  pageItem(readPageMetadata(fixtureDoc(name), url), accessed);
const WIRE_URL = 'https://www.globalwire.example/markets/commodities/lithium-miners-race-2026-03-04/';
const ES_URL = 'https://www.eldiariofinanciero.example/economia/2026/02/12/mexico-y-eu-minerales-criticos/';

/** A 2026 report by `size` authors named F1, F2, ... */
const bigTeam = (size: number): CslItem => ({
  id: 'x',
  type: 'report',
  title: 'Big team',
  author: Array.from({ length: size }, (_, i) => ({ family: `F${i + 1}`, given: 'Ann' })),
  issued: { 'date-parts': [[2026]] },
});

describe('APA 7', () => {
  test('a news article with two authors: initials, ampersand, full date, newspaper in italics', () => {
    const out = formatApa(page('wire-news-article.html'), en);
    expect(out.text).toBe(
      `Doe, J. Q., & de la Cruz, R. (2026, March 4). Lithium miners race to lock in supply deals as prices rebound. Global Wire. ${WIRE_URL}`,
    );
    expect(out.html).toContain('<i>Global Wire</i>');
  });

  test('no author, Spanish page, Spanish reference: the title moves up, the date in Spanish', () => {
    expect(formatApa(page('es-opengraph-only.html'), es).text).toBe(
      `México y EU alistan plan sobre minerales críticos; el litio, en el centro. (2026, 12 de febrero). El Diario Financiero. ${ES_URL}`,
    );
  });

  test('an organisation as author is named once, not again as the site', () => {
    const doc = htmlDoc(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Copper output rises',
        author: { '@type': 'Organization', name: 'Andes Post' },
        publisher: { '@type': 'Organization', name: 'Andes Post' },
        datePublished: '2026-05-01',
      })}</script>`,
    );
    const item = pageItem(readPageMetadata(doc, 'https://andes.example/copper'), accessed);
    expect(formatApa(item, en).text).toBe(
      'Andes Post. (2026, May 1). Copper output rises. https://andes.example/copper',
    );
  });

  test('a figure: the USGS data release as a data set by its DOI, then where it was seen', () => {
    const seen = { url: 'https://news.example/lithium', title: 'Lithium <deals>', accessed };
    const [usgs] = figureItems(detailsOf('lithium'), seen, en);
    const out = formatApa(usgs!, en);
    expect(out.text.split('\n')).toEqual([
      'U.S. Geological Survey. (2026). Mineral Commodity Summaries 2026 Data Release [Data set]. https://doi.org/10.5066/P1WKQ63T',
      `Lithium, data year 2025; MCS2026_Commodities_Data.csv, LITHIUM, World Mine Production and Reserves. Cited through the Mineral Lens dataset ${meta.version}; seen on “Lithium <deals>” (https://news.example/lithium), accessed December 6, 2026.`,
    ]);
    expect(out.html).toContain('<i>Mineral Commodity Summaries 2026 Data Release</i>');
    expect(out.html).toContain('“Lithium &lt;deals&gt;”'); // page text is escaped in HTML
  });

  test('a law: its official citation from the dataset', () => {
    const items = figureItems(detailsOf('usmca'), { url: 'https://x.example/', title: 'T', accessed }, en);
    expect(items.map((i) => i.type)).toContain('document');
    const fr = figureItems(
      detailsOf('gallium'),
      { url: 'https://x.example/', title: 'T', accessed },
      en,
    ).find((i) => i.title.includes('FR Doc. 2025-19813'))!;
    expect(fr.type).toBe('legislation');
    expect(formatApa(fr, en).text.split('\n')[0]).toBe(
      `${fr.author![0]!.literal}. (2025). Final 2025 List of Critical Minerals (FR Doc. 2025-19813). ${fr.URL}`,
    );
  });

  test('21 or more authors: the first 19, an ellipsis, the last', () => {
    const item = bigTeam(22);
    expect(formatApa(item, en).text).toMatch(
      /^F1, A\., .*F19, A\., \. \. \. F22, A\. \(2026\)\. Big team\.$/,
    );
  });
});

describe('Chicago author-date', () => {
  test('a news article: first author inverted, year after the names, the day after the paper', () => {
    expect(formatChicago(page('wire-news-article.html'), en).text).toBe(
      `Doe, Jane Q., and Rafael de la Cruz. 2026. “Lithium miners race to lock in supply deals as prices rebound.” Global Wire, March 4, 2026. ${WIRE_URL}.`,
    );
  });

  test('no author, in Spanish: the paper stands for the author; "y", Spanish dates', () => {
    expect(formatChicago(page('es-opengraph-only.html'), es).text).toBe(
      `El Diario Financiero. 2026. “México y EU alistan plan sobre minerales críticos; el litio, en el centro.” 12 de febrero de 2026. ${ES_URL}.`,
    );
    expect(formatChicago(page('wire-news-article.html'), es).text).toContain(
      'Doe, Jane Q. y Rafael de la Cruz. 2026.',
    );
  });

  test('a report: its title in italics, the institution, the DOI', () => {
    const out = formatChicago(page('highwire-report.html'), en);
    expect(out.text).toBe(
      'Okafor, Adaeze, and Erik Lindqvist. 2026. Critical Minerals Outlook 2026: Supply Risk & Policy Responses. Institute for Resource Policy. https://doi.org/10.9999/irp.2026.01.',
    );
    expect(out.html).toContain('<i>Critical Minerals Outlook 2026: Supply Risk &amp; Policy Responses.</i>');
  });

  test('more than ten authors: the first seven and "et al."', () => {
    const item = bigTeam(11);
    expect(formatChicago(item, en).text).toMatch(/^F1, Ann, Ann F2, .*Ann F7, et al\. 2026\./);
  });
});

// A page with no date in either style: "n.d." ("s. f.") and the day it was read, in each language.
test.each([
  {
    style: 'APA 7',
    format: formatApa,
    en: 'Rare earths: a short explainer. (n.d.). blog.example. Retrieved December 6, 2026, from https://blog.example/rare-earths',
    es: 'Rare earths: a short explainer. (s. f.). blog.example. Recuperado el 6 de diciembre de 2026, de https://blog.example/rare-earths',
  },
  {
    style: 'Chicago author-date',
    format: formatChicago,
    en: 'blog.example. n.d. “Rare earths: a short explainer.” Accessed December 6, 2026. https://blog.example/rare-earths.',
    es: 'blog.example. s. f. “Rare earths: a short explainer.” Consultado el 6 de diciembre de 2026. https://blog.example/rare-earths.',
  },
])('$style, no date: "n.d." and the access date; "s. f." in Spanish', ({ format, ...want }) => {
  const item = page('title-only.html', 'https://blog.example/rare-earths');
  expect(format(item, en).text).toBe(want.en);
  expect(format(item, es).text).toBe(want.es);
});
