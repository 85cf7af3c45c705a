import { afterAll, beforeAll, expect, test } from 'vitest';
import { CSV_COLUMNS } from '@/lib/export/csv';
import { explanationInWords } from '@/lib/i18n/reason-words';
import type { MentionList, PageMention } from '@/lib/messaging';
import type { Explanation } from '@/lib/recognize';
import { gfmAutolinks } from '../unit/export/gfm-autolinks';
import { parseCsv } from '../unit/export/parse-csv';
import { formulaFields } from '../unit/export/spreadsheet-fields';
import { describeInBrowsers, type BrowserUnderTest, type PageDriver } from './support/driver';
import { isCardReady, readCard } from './support/card-probes';
import { isPainted } from './support/highlight-probes';
import type { PanelPage } from './support/panel-driver';
import { newestTabId, pageList, tabIdOf } from './support/panel-tabs';
import { closeAfterEach } from './support/close-after-each';
import { serveFixtures, type FixtureServer } from './support/server';

// "This page" in the built extension, against a real article in another tab, in Chromium and
// Firefox. The panel is opened in a tab and pointed at the article with ?tab=ID, which the panel
// honours only when it is in a tab (lib/panel/tab-connection.ts); in Firefox the tab is opened
// from the chrome scope (test/e2e/support/firefox-chrome-scope.ts).

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const track = closeAfterEach();

interface ChromeTabs {
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}

interface Opened {
  article: PageDriver;
  panel: PanelPage;
  tabId: number;
}

async function openArticle(browser: BrowserUnderTest, fixture: string, painted = 'lithium'): Promise<Opened> {
  const article = track(await browser.newPage());
  const url = server.url(fixture);
  await article.goto(url);
  if (painted) await article.waitFor(isPainted, painted);
  await article.evaluate(() => void ((window as unknown as { loadMarker: number }).loadMarker = 1));
  const tabId = await tabIdOf(browser.panel!, url);
  const panel = track(await browser.panel!.openPanel(tabId));
  return { article, panel, tabId };
}

const notReloaded = (article: PageDriver) =>
  article.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker);

const bodyText = (panel: PanelPage) => panel.evaluate(() => document.body.innerText);

describeInBrowsers('panel: this page', (browser) => {
  test('lists the mentions of the open page, by category, with the line to read at a glance', async () => {
    const { panel, tabId } = await openArticle(browser(), 'demo-article.html');
    const list = await pageList(browser().panel!, tabId);
    const terms = new Set(list.mentions.map((m) => m.termId)).size;
    await expect
      .poll(async () => (await panel.texts('.briefing-summary .muted'))[0])
      .toBe(`${terms} terms, ${list.mentions.length} mentions`);
    expect((await panel.texts('.summary-line'))[0]).toMatch(
      /^\d+ minerals, \d+ on both the US and EU lists; China is the top producer of \d+; Mexico produces \d+ of these \(USGS, 2025\); \d+ policy terms$/,
    );
    expect(await panel.texts('.page-title')).toEqual([list.title]);
    const lithium = list.mentions.filter((m) => m.termId === 'lithium');
    await panel.click({ role: 'button', name: `Lithium Li ${lithium.length} mentions` });
    await panel.waitFor({ css: 'ul[aria-label="Mentions of Lithium"] button' });
    expect(await panel.texts('ul[aria-label="Mentions of Lithium"] button')).toEqual(
      lithium.map((m) => m.context),
    );
  });

  test('a click on a mention scrolls the page to it, flashes it and opens its card', async () => {
    const { article, panel } = await openArticle(browser(), 'page-live.html');
    await panel.click({ role: 'button', name: 'Vanadium V 1 mention' });
    await panel.click({ css: 'ul[aria-label="Mentions of Vanadium"] button' });
    await article.waitFor(() => scrollY > 1000 && CSS.highlights.has('mineral-lens-flash'));
    // Ready: the entry has arrived (until then the card shows the page's own word).
    await article.waitForCard(isCardReady);
    expect((await article.inCard(readCard)).title).toBe('Vanadium');
    await expect
      .poll(async () => (await panel.texts('[role=status]')).some((t) => t.includes('Shown')))
      .toBe(true);
  });

  test('turning a category off removes its highlights from the open page, without a reload', async () => {
    const { article, panel } = await openArticle(browser(), 'demo-article.html');
    const lithium = (await panel.texts('.term-toggle .term-name')).includes('Lithium');
    expect(lithium).toBe(true);
    await panel.click({ role: 'tab', name: 'Settings' });
    const battery = { role: 'checkbox', name: 'Battery metals and graphite' };
    await panel.click(battery);
    await article.waitFor(isPainted, { not: 'lithium' });
    expect(await article.evaluate(isPainted, 'USMCA')).toBe(true);
    // The briefing follows: the next answer from the page has no battery metals.
    await panel.click({ role: 'tab', name: 'This page' });
    await expect
      .poll(async () => (await panel.texts('.term-toggle .term-name')).includes('Lithium'), { timeout: 5000 })
      .toBe(false);
    await panel.click({ role: 'tab', name: 'Settings' });
    await panel.click(battery);
    await article.waitFor(isPainted, 'lithium');
    expect(await notReloaded(article)).toBe(1);
  });

  test('highlighting on this site: off and on again in one click, without a reload', async () => {
    const { article, panel } = await openArticle(browser(), 'demo-article.html');
    const toggle = { role: 'switch', name: 'Highlight on 127.0.0.1' };
    expect(await panel.attribute(toggle, 'aria-checked')).toBe('true');
    await panel.click(toggle);
    await article.waitFor(
      () => CSS.highlights.size === 0 || ![...CSS.highlights.values()].some((h) => h.size),
    );
    await expect.poll(() => bodyText(panel)).toMatch(/Highlighting is off on this site/);
    await panel.click(toggle);
    await article.waitFor(isPainted, 'lithium');
    expect(await panel.attribute(toggle, 'aria-checked')).toBe('true');
    expect(await notReloaded(article)).toBe(1);
  });

  test('exports: the CSV, JSON and Markdown files parse back and match the page', async () => {
    const { panel, tabId } = await openArticle(browser(), 'demo-article.html');
    const list = await pageList(browser().panel!, tabId);
    const json = await panel.download('Download the mentions as JSON');
    expect(json.name).toMatch(/^mineral-lens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(json.text);
    expect(doc.page).toEqual({ url: list.url, title: list.title, lang: list.lang });
    // Categories come from the dataset, not the page's index: compare them apart.
    const strip = ({ termName: _n, category: _c, ...m }: Record<string, unknown>) => m;
    // The reason is worded in the panel's language from the list's reason codes. They are read
    // as JSON: Firefox's driver returns nested objects only a few levels deep.
    const whys = JSON.parse(
      await browser().panel!.inExtension(async (tabId) => {
        const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
        const answer = (await tabs.sendMessage(
          tabId,
          { type: 'mentions/list' },
          { frameId: 0 },
        )) as MentionList;
        return JSON.stringify(answer.mentions.map((m) => m.why));
      }, tabId),
    ) as Explanation[];
    const worded = ({ why: _, ...m }: PageMention, i: number) => ({
      ...m,
      reason: explanationInWords(whys[i]!, 'en'),
    });
    expect(doc.mentions.map(strip)).toEqual(list.mentions.map((m, i) => strip(worded(m, i))));
    expect(doc.mentions.every((m: { category: string }) => /^[a-z-]+$/.test(m.category))).toBe(true);
    const csv = await panel.download('Download the mentions as CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(
      rows
        .slice(1)
        .map((row) => [row[col('page_url')], row[col('term_id')], row[col('text')], row[col('context')]]),
    ).toEqual(list.mentions.map((m) => [list.url, m.termId, m.text, m.context]));
    const md = await panel.download('Download a Markdown briefing of this page');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain(`# Mineral Lens briefing: ${list.title}`);
    expect(md.text).toContain(`- **Page:** <${list.url}>`);
    expect(md.text).toMatch(/\(data year 2025\)/);
    for (const m of list.mentions) expect(md.text).toContain(`**${m.text.replace(/\s+/g, ' ')}**`);
  });

  test('exports of a hostile page: no formula in any spreadsheet, no bare link in Markdown', async () => {
    const { panel, tabId } = await openArticle(browser(), 'page-lang-constructor.html', 'gallium');
    const list = await pageList(browser().panel!, tabId);
    expect(list.lang).toBe('constructor');
    const csv = (await panel.download('Download the mentions as CSV')).text;
    expect(list.title).toContain(';=HYPERLINK(');
    expect(formulaFields(csv)).toEqual([]);
    expect(parseCsv(csv)[1]![1]).toBe(list.title.replace(';=HYPERLINK', ";'=HYPERLINK"));
    const md = (await panel.download('Download a Markdown briefing of this page')).text;
    expect(md).toContain('www\\[.\\]evil.example');
    expect(gfmAutolinks(md)).toEqual([]);
    expect(JSON.parse((await panel.download('Download the mentions as JSON')).text).page.lang).toBe(
      'constructor',
    );
  });

  test('a page with nothing to list says so', async () => {
    const { panel } = await openArticle(browser(), 'page-empty.html', '');
    await expect
      .poll(() => bodyText(panel))
      .toContain('No critical minerals or policy terms found on this page.');
  });

  test('a page the extension cannot run on gets the clear state', async () => {
    track(await browser().newPage());
    const panel = track(await browser().panel!.openPanel(await newestTabId(browser().panel!)));
    await panel.waitFor({ role: 'heading', name: 'Mineral Lens can’t read this page' });
    await panel.click({ role: 'button', name: 'Look a term up in Browse instead' });
    expect(await panel.attribute({ role: 'tab', name: 'Browse' }, 'aria-selected')).toBe('true');
  });
});
