import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserOrSkip } from './support/browsers';
import {
  launchChromium,
  launchFirefox,
  type ChromiumSession,
  type FirefoxSession,
} from './support/extension';
import { readBodyMarkup, readHighlights } from './support/page-probes';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const chromiumPath = browserOrSkip('chromium');
const firefoxPath = browserOrSkip('firefox');

describe.skipIf(!chromiumPath)('Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => void (session = await launchChromium(chromiumPath!)));
  afterAll(() => session?.close());

  test('paints "lithium" on a news article without changing its markup', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('article-en.html'));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const painted = (await page.evaluate(readHighlights)).flatMap((h) => h.texts);
    expect(painted.map((t) => t.toLowerCase())).toContain('lithium');
    const { before, after } = await page.evaluate(readBodyMarkup);
    expect(after).toBe(before);
  });

  test('opens the panel page and renders it', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Mineral Lens');
  });
});

describe.skipIf(!firefoxPath)('Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => void (session = await launchFirefox(firefoxPath!)));
  afterAll(() => session?.close());

  test('paints "lithium" on a news article without changing its markup', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('article-en.html'));
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
    const painted = (await page.evaluate(readHighlights)).flatMap((h) => h.texts);
    expect(painted.map((t) => t.toLowerCase())).toContain('lithium');
    const { before, after } = await page.evaluate(readBodyMarkup);
    expect(after).toBe(before);
  });
});
