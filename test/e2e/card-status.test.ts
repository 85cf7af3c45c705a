import { afterAll, beforeAll, expect, test } from 'vitest';
import { isCardOpen, isCardReady, readCard } from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import { describeInBrowsers } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';

// A policy term whose dated status ended before the browser's date (MOFCOM Announcement No. 70
// suspended the October 2025 rare earth controls until 10 November 2026): the card in a real
// browser must say the status ended, and not repeat the suspension as if it held.

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server?.close());

describeInBrowsers('card of a term past its end date', (browser) => {
  test('says the status ended and to check the source, with the old wording as "was"', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('article-ended-status.html'));
    const term = 'expanded rare earth controls';
    await page.waitFor(isPainted, term);
    const at = (await page.evaluate(paintedWord, term))!;
    await page.mouseClick(at.x, at.y);
    await page.waitForCard(isCardOpen);
    await page.waitForCard(isCardReady);
    const card = await page.inCard(readCard);
    expect(card.title).toBe('China expanded rare earth export controls (October 2025)');
    // The browser's own clock decides; every run from 11 November 2026 on is past the end.
    expect(card.text).toContain('Ended on November 10, 2026: check the source for what followed.');
    expect(card.text).toContain('Was: Suspended by MOFCOM/GAC Announcement No. 70');
  });
});
