import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { MentionList } from '@/lib/messaging';
import { CSV_COLUMNS } from '@/lib/export/csv';
import { gfmAutolinks } from '../unit/export/gfm-autolinks';
import { parseCsv } from '../unit/export/parse-csv';
import { formulaFields } from '../unit/export/spreadsheet-fields';
import { describeInBrowsers, type BrowserUnderTest } from './support/driver';
import { isCardOpen, readCard } from './support/card-probes';
import { playwrightCardRoot } from './support/card-root';
import { isPainted } from './support/highlight-probes';
import { newestTabId, openPanel, serviceWorker, tabIdOf } from './support/panel';
import { serveFixtures, type FixtureServer } from './support/server';

// "This page" in the built extension, against a real article in another tab. Chromium only:
// Firefox does not let a test open an extension page (the panel); the content script's side of
// the same settings runs in both browsers in page-*.test.ts. The panel is opened in a tab and
// pointed at the article with ?tab=ID (test/e2e/support/panel.ts).

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const opened: Page[] = [];
const track = (page: Page): Page => (opened.push(page), page);
afterEach(async () => void (await Promise.all(opened.splice(0).map((page) => page.close()))));

interface Opened {
  article: Page;
  panel: Page;
  tabId: number;
}

async function openArticle(browser: BrowserUnderTest, fixture: string, painted = 'lithium'): Promise<Opened> {
  const session = browser.chromium!;
  const article = track(await session.context.newPage());
  await article.goto(server.url(fixture));
  if (painted) await article.waitForFunction(isPainted, painted);
  await article.evaluate(() => void ((window as unknown as { loadMarker: number }).loadMarker = 1));
  const tabId = await tabIdOf(session, article.url());
  const panel = track(await openPanel(session, tabId));
  return { article, panel, tabId };
}

/** The page's list as the content script answers it, for comparing with what the panel shows. */
async function pageList(browser: BrowserUnderTest, tabId: number): Promise<MentionList> {
  const worker = await serviceWorker(browser.chromium!);
  return worker.evaluate(
    (tabId) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<MentionList> } };
        }
      ).chrome.tabs.sendMessage(tabId, { type: 'mentions/list' }, { frameId: 0 }),
    tabId,
  );
}

const notReloaded = (article: Page) =>
  article.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker);

describeInBrowsers(
  'panel: this page',
  (browser) => {
    test('lists the mentions of the open page, by category, with the line to read at a glance', async () => {
      const { panel, tabId } = await openArticle(browser(), 'demo-article.html');
      const list = await pageList(browser(), tabId);
      const terms = new Set(list.mentions.map((m) => m.termId)).size;
      await expect
        .poll(() => panel.locator('.briefing-summary .muted').textContent())
        .toBe(`${terms} terms, ${list.mentions.length} mentions`);
      expect(await panel.locator('.summary-line').textContent()).toMatch(
        /^\d+ minerals, \d+ on both the US and EU lists; China is the top producer of \d+; Mexico produces \d+ of these \(USGS, 2025\); \d+ policy terms$/,
      );
      expect(await panel.locator('.page-title').textContent()).toBe(list.title);
      const lithium = list.mentions.filter((m) => m.termId === 'lithium');
      await panel.getByRole('button', { name: `Lithium Li ${lithium.length} mentions` }).click();
      const shown = panel.getByRole('list', { name: 'Mentions of Lithium' }).getByRole('button');
      expect(await shown.allTextContents()).toEqual(lithium.map((m) => m.context));
    });

    test('a click on a mention scrolls the page to it, flashes it and opens its card', async () => {
      const { article, panel } = await openArticle(browser(), 'page-live.html');
      await panel.getByRole('button', { name: 'Vanadium V 1 mention' }).click();
      await panel.getByRole('list', { name: 'Mentions of Vanadium' }).getByRole('button').click();
      await article.waitForFunction(() => scrollY > 1000 && CSS.highlights.has('mineral-lens-flash'));
      const inCard = playwrightCardRoot(article);
      await expect.poll(() => inCard(isCardOpen, undefined)).toBe(true);
      expect((await inCard(readCard, undefined)).title).toBe('Vanadium');
      await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Shown' }).count()).toBe(1);
    });

    test('turning a category off removes its highlights from the open page, without a reload', async () => {
      const { article, panel } = await openArticle(browser(), 'demo-article.html');
      await panel.getByRole('tab', { name: 'Settings' }).click();
      const battery = panel.getByRole('checkbox', { name: 'Battery metals and graphite' });
      await battery.uncheck();
      await article.waitForFunction(isPainted, { not: 'lithium' });
      expect(await article.evaluate(isPainted, 'USMCA')).toBe(true);
      // The briefing follows: the next answer from the page has no battery metals.
      await panel.getByRole('tab', { name: 'This page' }).click();
      await expect
        .poll(() => panel.getByRole('button', { name: /^Lithium Li \d+ mentions$/ }).count(), {
          timeout: 5000,
        })
        .toBe(0);
      await panel.getByRole('tab', { name: 'Settings' }).click();
      await battery.check();
      await article.waitForFunction(isPainted, 'lithium');
      expect(await notReloaded(article)).toBe(1);
    });

    test('highlighting on this site: off and on again in one click, without a reload', async () => {
      const { article, panel } = await openArticle(browser(), 'demo-article.html');
      const toggle = panel.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      await toggle.click();
      await article.waitForFunction(
        () => CSS.highlights.size === 0 || ![...CSS.highlights.values()].some((h) => h.size),
      );
      await expect.poll(() => panel.getByText(/Highlighting is off on this site/).count()).toBe(1);
      await toggle.click();
      await article.waitForFunction(isPainted, 'lithium');
      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      expect(await notReloaded(article)).toBe(1);
    });

    test('exports: the CSV, JSON and Markdown files parse back and match the page', async () => {
      const { panel, tabId } = await openArticle(browser(), 'demo-article.html');
      const list = await pageList(browser(), tabId);
      const save = async (name: string) => {
        const [download] = await Promise.all([
          panel.waitForEvent('download'),
          panel.getByRole('button', { name }).click(),
        ]);
        return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
      };
      const json = await save('Download the mentions as JSON');
      expect(json.name).toMatch(/^mineral-lens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/);
      const doc = JSON.parse(json.text);
      expect(doc.page).toEqual({ url: list.url, title: list.title, lang: list.lang });
      // Categories come from the dataset, not the page's index: compare them apart.
      const strip = ({ termName: _n, category: _c, ...m }: Record<string, unknown>) => m;
      expect(doc.mentions.map(strip)).toEqual(list.mentions.map((m) => strip({ ...m })));
      expect(doc.mentions.every((m: { category: string }) => /^[a-z-]+$/.test(m.category))).toBe(true);
      const csv = await save('Download the mentions as CSV');
      const rows = parseCsv(csv.text);
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
      expect(
        rows
          .slice(1)
          .map((row) => [row[col('page_url')], row[col('term_id')], row[col('text')], row[col('context')]]),
      ).toEqual(list.mentions.map((m) => [list.url, m.termId, m.text, m.context]));
      const md = await save('Download a Markdown briefing of this page');
      expect(md.text).toContain(`# Mineral Lens briefing: ${list.title}`);
      expect(md.text).toContain(`- **Page:** <${list.url}>`);
      expect(md.text).toMatch(/\(data year 2025\)/);
      for (const m of list.mentions) expect(md.text).toContain(`**${m.text.replace(/\s+/g, ' ')}**`);
    });

    test('exports of a hostile page: no formula in any spreadsheet, no bare link in Markdown', async () => {
      const { panel, tabId } = await openArticle(browser(), 'page-lang-constructor.html', 'gallium');
      const list = await pageList(browser(), tabId);
      expect(list.lang).toBe('constructor');
      const save = async (name: string) => {
        const [download] = await Promise.all([
          panel.waitForEvent('download'),
          panel.getByRole('button', { name }).click(),
        ]);
        return readFile(await download.path(), 'utf8');
      };
      const csv = await save('Download the mentions as CSV');
      expect(list.title).toContain(';=HYPERLINK(');
      expect(formulaFields(csv)).toEqual([]);
      expect(parseCsv(csv)[1]![1]).toBe(list.title.replace(';=HYPERLINK', ";'=HYPERLINK"));
      const md = await save('Download a Markdown briefing of this page');
      expect(md).toContain('www\\[.\\]evil.example');
      expect(gfmAutolinks(md)).toEqual([]);
      expect(JSON.parse(await save('Download the mentions as JSON')).page.lang).toBe('constructor');
    });

    test('a page with nothing to list says so', async () => {
      const { panel } = await openArticle(browser(), 'page-empty.html', '');
      await panel.getByText('No critical minerals or policy terms found on this page.').waitFor();
    });

    test('a page the extension cannot run on gets the clear state', async () => {
      const session = browser().chromium!;
      track(await session.context.newPage());
      const panel = track(await openPanel(session, await newestTabId(session)));
      await panel.getByRole('heading', { name: 'Mineral Lens can’t read this page' }).waitFor();
      await panel.getByRole('button', { name: 'Look a term up in Browse instead' }).click();
      expect(await panel.getByRole('tab', { name: 'Browse' }).getAttribute('aria-selected')).toBe('true');
    });
  },
  { only: ['chromium'] },
);
