import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCitations } from '../unit/cite/parse-citations';
import { browserOrSkip } from './support/browsers';
import { cardControlCenter, isCardReady } from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import { playwrightCardRoot, waitForCardRoot } from './support/card-root';
import { launchChromium, type ChromiumSession } from './support/extension';
import { serveFixtures, type FixtureServer } from './support/server';

// "Cite this figure" from the card in Chromium: the format is chosen in the card, the background
// formats it, and the content script saves the file from the page (no downloads permission).
// Chromium only: this driver has no download hook for a page in Firefox.

const chromiumPath = browserOrSkip('chromium');
let server: FixtureServer;
let session: ChromiumSession;
beforeAll(async () => {
  server = await serveFixtures();
  if (chromiumPath) session = await launchChromium(chromiumPath);
});
afterAll(async () => {
  await session?.close();
  server?.close();
});

/** The centre of the card's format list, found by its accessible name. */
function selectCenter(root: ShadowRoot | null, name: string) {
  const select = [...(root?.querySelectorAll('select') ?? [])].find(
    (s) => s.getAttribute('aria-label') === name,
  );
  if (!select) return null;
  select.scrollIntoView({ block: 'center' });
  const rect = select.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

describe.skipIf(!chromiumPath)('card: cite this figure (Chromium)', () => {
  test('BibTeX chosen in the card downloads the USGS data release with its DOI, the page and the day', async () => {
    const page = await session.context.newPage();
    const url = server.url('cite/wire-news-article.html');
    await page.goto(url);
    await page.waitForFunction(isPainted, 'lithium');
    const term = (await page.evaluate(paintedWord, 'lithium'))!;
    await page.mouse.click(term.x, term.y);
    const card = playwrightCardRoot(page);
    await waitForCardRoot(card, isCardReady, undefined);

    const select = (await card(selectCenter, 'Citation format'))!;
    await page.mouse.click(select.x, select.y);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // plain, APA, Chicago, BibTeX
    await page.keyboard.press('Enter');
    const button = (await card(cardControlCenter, 'Download citation'))!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.mouse.click(button.x, button.y),
    ]);
    expect(download.suggestedFilename()).toBe('citation-lithium.bib');
    const text = readFileSync((await download.path())!, 'utf8');
    const items = parseCitations(text, '@biblatex/text');
    const usgs = items.find((i) => i.DOI === '10.5066/P1WKQ63T')!;
    expect(usgs.title).toBe('Mineral Commodity Summaries 2026 Data Release');
    expect(usgs.note).toContain('data year 2025');
    expect(usgs.note).toContain(url);
    const today = new Date();
    expect(usgs.accessed?.['date-parts'][0]).toEqual([
      today.getFullYear(),
      today.getMonth() + 1,
      today.getDate(),
    ]);
    await page.close();
  }, 120_000);
});
