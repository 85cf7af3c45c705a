import { afterAll, beforeAll, expect, test } from 'vitest';
import { isCardClosed, isCardOpen, readCard } from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import { describeInBrowsers, type PageDriver } from './support/driver';
import { writeSettings } from './support/panel-tabs';
import { serveFixtures, type FixtureServer } from './support/server';

// The card against WCAG 2.2 SC 1.4.13 (content on hover or focus) and SC 1.4.4 / 1.4.10 (resize
// text, reflow), in real Chromium and Firefox with the built extension. card.test.ts already shows
// a pinned card closing on Escape and a hover card staying while the pointer is on it; this file
// adds the hover card's own Escape, its persistence while the pointer rests, the crossing from the
// term to the card, and the text-size setting at the viewport that 200% zoom leaves.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Several times the default close delay (300 ms) and dwell (150 ms). */
const SETTLE_MS = 1200;

async function hoverOpen(page: PageDriver, term: string) {
  await page.goto(server.url('demo-article.html'));
  await page.waitFor(isPainted, term);
  const at = (await page.evaluate(paintedWord, term))!;
  await page.mouseMove(at.x - 4, at.y);
  await page.mouseMove(at.x, at.y);
  await page.waitForCard(isCardOpen);
  return at;
}

/** The card's computed font size in px, and whether its close button is inside the viewport. */
function cardSizing(root: ShadowRoot | null) {
  const card = root!.querySelector<HTMLElement>('.card')!;
  const close = [...root!.querySelectorAll<HTMLElement>('.icon-button')].at(-1)!;
  const r = close.getBoundingClientRect();
  return {
    fontSize: Number.parseFloat(getComputedStyle(card).fontSize),
    closeVisible: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    scrollable: card.scrollHeight > card.clientHeight && getComputedStyle(card).overflowY === 'auto',
  };
}

describeInBrowsers('card, content on hover (WCAG 1.4.13)', (browser) => {
  test('dismissible: Escape closes a hover card without moving the pointer, and it stays closed', async () => {
    const page = await browser().newPage();
    await hoverOpen(page, 'gallium');
    expect((await page.inCard(readCard)).pinned).toBe(false);
    await page.press('Escape');
    await page.waitForCard(isCardClosed);
    // The pointer still rests on the term: the card must not come back by itself.
    await sleep(SETTLE_MS);
    expect(await page.inCard(isCardOpen)).toBe(false);
    await page.close();
  });

  test('persistent and hoverable: it stays while the pointer rests, and while it crosses onto the card', async () => {
    const page = await browser().newPage();
    const at = await hoverOpen(page, 'gallium');
    await sleep(SETTLE_MS);
    expect(await page.inCard(isCardOpen)).toBe(true);
    // Cross from the term to the card in small steps, as a hand does, through any gap between them.
    const card = (await page.inCard(readCard)).rect!;
    const target = { x: (card.left + card.right) / 2, y: card.top < at.y ? card.bottom - 10 : card.top + 10 };
    for (let step = 1; step <= 10; step++) {
      await page.mouseMove(at.x + ((target.x - at.x) * step) / 10, at.y + ((target.y - at.y) * step) / 10);
    }
    await sleep(SETTLE_MS);
    expect(await page.inCard(isCardOpen)).toBe(true);
    await page.close();
  });

  test('text size: 150% makes the card’s text 1.5 times as large, and at 200% zoom’s viewport it still fits', async () => {
    const page = await browser().newPage();
    await hoverOpen(page, 'gallium');
    const normal = await page.inCard(cardSizing);
    expect(normal.fontSize).toBe(14);
    await page.press('Escape');
    await writeSettings(browser().panel!, { version: 4, cardTextSize: 150 });
    // 200% zoom halves the viewport in CSS pixels: a 1280x720 window becomes 640x360.
    await page.setViewport(640, 360);
    await hoverOpen(page, 'gallium');
    const large = await page.inCard(cardSizing);
    expect(large.fontSize).toBe(21);
    const box = await page.inCard(readCard);
    expect(box.rect!.left).toBeGreaterThanOrEqual(0);
    expect(box.rect!.right).toBeLessThanOrEqual(box.viewport.width);
    expect(box.rect!.top).toBeGreaterThanOrEqual(0);
    expect(box.rect!.bottom).toBeLessThanOrEqual(box.viewport.height);
    expect(large.closeVisible).toBe(true);
    // What does not fit scrolls inside the card instead of running off the screen.
    expect(large.scrollable).toBe(true);
    await writeSettings(browser().panel!, { version: 4 });
    await page.close();
  });
});
