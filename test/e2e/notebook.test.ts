import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers, type BrowserUnderTest } from './support/driver';
import { isPainted } from './support/highlight-probes';
import { notebookHost } from './support/notebook-host';
import { FIXTURES, serveFixtures, type FixtureServer } from './support/server';

// The notebook in the built extension, in Chromium and Firefox: turned on in the panel's
// Settings, it keeps the articles read (Spanish with Highwire tags, JSON-LD, Open Graph only) with
// their metadata and quotes; the notebook page finds, filters and deletes them, and a quote's link
// opens the article scrolled to the quote, even once the article changed around it; with the
// notebook off, nothing is kept.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const opened: { close(): Promise<void> }[] = [];
const track = <T extends { close(): Promise<void> }>(page: T): T => (opened.push(page), page);
afterEach(async () => void (await Promise.all(opened.splice(0).map((page) => page.close()))));

async function visit(browser: BrowserUnderTest, path: string, painted: string) {
  const page = track(await browser.newPage());
  await page.goto(server.url(path));
  await page.waitFor(isPainted, painted);
  return page;
}

const BOLIVIA = 'Bolivia acelera la extracción de litio en el salar de Uyuni';
const COBALT = 'Cobalt glut hits Congo miners as battery makers switch chemistries';
const NICKEL = 'Nickel smelters in Indonesia expand again';

/** Each shown article's title and its metadata line, as the notebook page shows them. */
function shownMeta(): Record<string, string> {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return Object.fromEntries(
    [...document.querySelectorAll('article.nb-page')].map((a) => [
      norm(a.querySelector('h3')?.textContent),
      norm(a.querySelector('.page-meta')?.textContent),
    ]),
  );
}

/** Resolves after the notebook feed's settle delay (2 s) and an idle moment after it. */
function pastNotebookSettle(): Promise<boolean> {
  return new Promise((resolve) => setTimeout(() => requestIdleCallback(() => resolve(true)), 3000));
}

/** Where the quote's sentence is, in the article tab a link opened. */
function quotePlace(sentence: string) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ');
    if (!text.includes(sentence)) continue;
    const rect = (node.parentElement as Element).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: innerHeight, scrollY };
  }
  return null;
}

describeInBrowsers('notebook', (browser) => {
  test('kept with metadata and quotes when on; search and filters find them; delete works', async () => {
    const notebook = notebookHost(browser());
    await notebook.clear();
    await notebook.setNotebook(true);
    await visit(browser(), 'notebook/spanish-article.html', 'litio');
    await visit(browser(), 'notebook/jsonld-news.html', 'cobalt');
    await visit(browser(), 'notebook/opengraph-only.html', 'nickel');
    expect(await notebook.keptWhen(3)).toEqual([BOLIVIA, COBALT, NICKEL]);

    const { page } = await notebook.openNotebook();
    track(page);
    await page.waitFor({ css: 'article.nb-page' });
    const meta = await page.evaluate(shownMeta);
    expect(Object.keys(meta).sort()).toEqual([BOLIVIA, COBALT, NICKEL]);
    expect(meta[COBALT]).toMatch(/^Metals Ledger · by Grace Mbuyi · published 2026-02-11/);
    expect(meta[NICKEL]).toMatch(/^Harbour Mining Review · published 2026-01-20/);
    expect(meta[BOLIVIA]).toMatch(/^Diario del Altiplano · by Rosa Quispe · published 2026-03-02/);
    expect(await page.texts('blockquote')).toContainEqual(
      expect.stringContaining('La empresa estatal anunció que la producción de litio'),
    );
    expect(await page.attribute({ css: 'a[href*="spanish-article.html#"]' }, 'href')).toMatch(
      /spanish-article\.html#:~:text=.*-,litio,-/,
    );

    const search = { role: 'searchbox', name: 'Search terms, quotes, titles and sites' };
    await page.fill(search, 'indonesia');
    await expect.poll(() => page.texts('article h3')).toEqual([NICKEL]);
    await page.fill(search, '');
    await page.select({ role: 'combobox', name: 'Language' }, 'es');
    await expect.poll(() => page.texts('article h3')).toEqual([BOLIVIA]);

    await page.click({ role: 'button', name: `Delete this page: ${BOLIVIA}` });
    await expect.poll(() => page.count({ css: 'article h3' })).toBe(0);
    await page.select({ role: 'combobox', name: 'Language' }, '');
    await expect.poll(() => page.count({ css: 'article h3' })).toBe(2);
    expect(await notebook.kept()).toEqual([COBALT, NICKEL]);
    await page.click({ role: 'button', name: 'Delete everything' });
    await page.waitFor({
      css: 'p',
      text: 'The notebook is empty. Turn it on in the panel’s Settings, or save a page from the panel.',
    });
    expect(await notebook.keptWhen(0)).toEqual([]);
  });

  test('nothing is kept with the notebook off', async () => {
    const notebook = notebookHost(browser());
    await notebook.clear();
    await notebook.setNotebook(false);
    const off = await visit(browser(), 'notebook/jsonld-news.html', 'cobalt');
    // The feed hands a page over 2 s after its mentions settle, in an idle moment: wait past that on
    // the page's own clock, so a notebook that recorded while off would have done so by now.
    await off.evaluate(pastNotebookSettle);
    // Proof the page was read while off: its tab closes, the notebook goes on, another page is kept.
    await off.close();
    opened.splice(opened.indexOf(off), 1);
    await notebook.setNotebook(true);
    await visit(browser(), 'notebook/opengraph-only.html', 'nickel');
    expect(await notebook.keptWhen(1)).toEqual([NICKEL]);
  });

  test('a quote’s link opens the article scrolled to the quote', async () => {
    const notebook = notebookHost(browser());
    await notebook.clear();
    await notebook.setNotebook(true);
    const read = track(await browser().newPage());
    await read.goto(server.url('notebook/long-report.html'));
    // Read at the top, as a reader opens it: the quote is far below the fold (and so not painted
    // yet: the page is kept from the mentions the engine found, painted or not).
    const unscrolled = (await read.evaluate(quotePlace, 'graphite plant on the ring road'))!;
    expect(unscrolled.top).toBeGreaterThan(unscrolled.height);
    await notebook.keptWhen(1);

    const { page, follow } = await notebook.openNotebook();
    track(page);
    const link = 'a[href*="long-report.html#:~:text="]';
    await page.waitFor({ css: link });
    const article = track(await follow(link));
    await article.waitFor(() => scrollY > 0);
    const place = (await article.evaluate(quotePlace, 'graphite plant on the ring road'))!;
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(place.height);
    await article.waitFor(isPainted, 'graphite');
  });

  test('a quote’s link still finds the quote once the article changed around it', async () => {
    // The article at the same address, edited after it was kept: served from a copy we rewrite.
    const root = await mkdtemp(join(tmpdir(), 'mineral-lens-quote-'));
    await cp(join(FIXTURES, 'news.css'), join(root, 'news.css'));
    await cp(join(FIXTURES, 'notebook'), join(root, 'notebook'), { recursive: true });
    const file = join(root, 'notebook/long-report.html');
    const original = await readFile(file, 'utf8');
    const edited = await serveFixtures(root);
    try {
      const notebook = notebookHost(browser());
      await notebook.clear();
      await notebook.setNotebook(true);
      const read = track(await browser().newPage());
      await read.goto(edited.url('notebook/long-report.html'));
      await notebook.keptWhen(1);
      // Kept; from now on the notebook stays as it is, whatever the edited article holds.
      await notebook.setNotebook(false);
      // The words before the quote changed, so its text fragment no longer matches; another
      // "graphite", in view at the top, agrees less with the quote's surroundings.
      await writeFile(
        file,
        original
          .replace('a councillor noted that the graphite', 'one councillor remarked, the graphite')
          .replace('to discuss the summer festival', 'to discuss graphite prices, the summer festival'),
      );

      const { page, follow } = await notebook.openNotebook();
      track(page);
      const link = 'a[href*="long-report.html#:~:text="]';
      await page.waitFor({ css: link });
      const article = track(await follow(link));
      // Scrolled smoothly, so polled until it has arrived.
      const inView = async () => {
        const place = (await article.evaluate(quotePlace, 'graphite plant on the ring road'))!;
        return place.top >= 0 && place.bottom <= place.height && place.scrollY > 0;
      };
      await expect.poll(inView, { timeout: 15_000 }).toBe(true);
      expect(await page.count({ css: '.quote-status' })).toBe(0);

      // The quote itself gone: the article opens, and the notebook page says so.
      await writeFile(file, original.replace('the graphite plant', 'the new plant'));
      track(await follow(link));
      await page.waitFor({ css: '.quote-status', text: 'The quote is no longer on the page.' });
    } finally {
      await edited.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
