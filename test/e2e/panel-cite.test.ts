import { afterAll, beforeAll, expect, test } from 'vitest';
import { namesOf, parseCitations } from '../unit/cite/parse-citations';
import { describeInBrowsers, type BrowserUnderTest } from './support/driver';
import { isPainted } from './support/highlight-probes';
import { tabIdOf } from './support/panel-tabs';
import { closeAfterEach } from './support/close-after-each';
import { serveFixtures, type FixtureServer } from './support/server';

// "Cite this page" in the built extension: a news article with JSON-LD in one tab, the panel in
// another pointed at it (?tab=ID, as in panel-page.test.ts). The citation file the panel saves is
// parsed back with citation-js, a parser we did not write.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const track = closeAfterEach();

async function citePanel(browser: BrowserUnderTest) {
  const article = track(await browser.newPage());
  const url = server.url('cite/wire-news-article.html');
  await article.goto(url);
  await article.waitFor(isPainted, 'lithium');
  const before = await article.evaluate(() => document.documentElement.outerHTML);
  const panel = track(await browser.panel!.openPanel(await tabIdOf(browser.panel!, url)));
  await panel.click({ role: 'button', name: 'Cite this page' });
  await panel.waitFor({ role: 'textbox', name: 'Citation' });
  return { article, panel, before };
}

describeInBrowsers('panel: cite this page', (browser) => {
  test('BibTeX and RIS files parse back with the article’s title, authors and date', async () => {
    const { article, panel, before } = await citePanel(browser());
    expect(await panel.value({ role: 'textbox', name: 'Citation' })).toMatch(
      /^Doe, J\. Q\., & de la Cruz, R\. \(2026, March 4\)\. Lithium miners race to lock in supply deals as prices rebound\. Global Wire\. https:\/\/www\.globalwire\.example\//,
    );

    await panel.select({ role: 'combobox', name: 'Format' }, 'bibtex');
    const bib = await panel.download('Download');
    expect(bib.name).toMatch(/^citation-globalwire\.example-\d{4}-\d\d-\d\d\.bib$/);
    const [fromBib] = parseCitations(bib.text, '@biblatex/text');
    expect(fromBib!.title).toBe('Lithium miners race to lock in supply deals as prices rebound');
    expect(namesOf(fromBib!)).toEqual(['Doe, Jane Q.', 'de la Cruz, Rafael']);
    expect(fromBib!.issued?.['date-parts'][0]).toEqual([2026, 3, 4]);

    await panel.select({ role: 'combobox', name: 'Format' }, 'ris');
    const ris = await panel.download('Download');
    expect(ris.name).toMatch(/\.ris$/);
    const [fromRis] = parseCitations(ris.text, '@ris/file');
    expect(fromRis!.title).toBe('Lithium miners race to lock in supply deals as prices rebound');
    expect(namesOf(fromRis!)).toEqual(['Doe, Jane Q.', 'de la Cruz, Rafael']);
    expect(ris.text).toContain('DA  - 2026/03/04/');
    expect(fromRis!.URL).toBe(
      'https://www.globalwire.example/markets/commodities/lithium-miners-race-2026-03-04/',
    );

    // Reading the metadata left the page as it was.
    expect(await article.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // Two downloads through Firefox's chrome scope took ~60 s on a loaded 2-core machine.
  }, 180_000);
});
