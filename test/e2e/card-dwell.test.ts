import { afterAll, beforeAll, expect, test } from 'vitest';
import { isCardOpen } from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import { describeInBrowsers } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';

// The hover dwell against a reader's quick hands, in real Chromium and Firefox. The move onto a
// word starts a dwell; a click on it pins the card at once. A reader who then presses Escape
// before the dwell ends has closed the card, and the dwell must not bring a hover card back (with
// the pointer resting, nothing would ever close it). Seen first as a flake in hostile-card.test.ts.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

/** Several times the default dwell (150 ms): whatever the dwell was going to open has opened. */
const SETTLE_MS = 800;

describeInBrowsers('the hover dwell', (browser) => {
  test('Escape right after the click that pinned a card closes it for good', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, 'gallium');
    const at = (await page.evaluate(paintedWord, 'gallium'))!;
    await page.mouseClick(at.x, at.y);
    await page.press('Escape');
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await page.inCard(isCardOpen)).toBe(false);
    await page.close();
  });
});
