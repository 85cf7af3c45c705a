import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../test/e2e/support/extension';

/**
 * `npm run demo -- --a11y DIR`: the highlights as different readers see them (issue 18), from the
 * real extension on the demo article: normal vision, forced colours (Windows High Contrast), the
 * three dichromacies Chromium's DevTools Protocol emulates, a dark page, and the card at 150% text
 * size in the viewport 200% zoom leaves. Emulation is per page, so each shot uses a fresh one.
 */
const CLIP = { x: 0, y: 0, width: 1000, height: 640 };
type Vision = 'none' | 'protanopia' | 'deuteranopia' | 'tritanopia';

export async function a11yScreenshots(
  session: ChromiumSession,
  url: string,
  dir: string,
  hoverTerm: (page: Page, term: string) => Promise<void>,
): Promise<string[]> {
  const written: string[] = [];
  const shot = async (
    name: string,
    setUp: (page: Page) => Promise<void>,
    after?: (page: Page) => Promise<void>,
  ) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 640 });
    await setUp(page);
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });
    // Past the scan's last slice, so every highlight on screen is painted.
    await page.waitForTimeout(500);
    await after?.(page);
    await page.screenshot({ path: join(dir, name), clip: CLIP });
    await page.close();
    written.push(name);
  };
  const vision = (type: Vision) => async (page: Page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setEmulatedVisionDeficiency', { type });
  };

  await shot('highlights.png', vision('none'));
  await shot('highlights-forced-colours.png', async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  });
  for (const type of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
    await shot(`highlights-${type}.png`, vision(type));
  }
  // The same article on a dark background, in place before the content script decides the theme.
  await shot('highlights-dark-page.png', async (page) => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = 'body { background: #121212; color: #e6e6e6 } a { color: #8cc2ff }';
        document.head.append(style);
      });
    });
  });
  // 200% zoom leaves a 1280x720 window 640x360 CSS pixels; the card at its largest text size.
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 640, height: 360 });
  await setCardTextSize(session, 150);
  await page.goto(url);
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });
  await hoverTerm(page, 'gallium');
  await page.screenshot({ path: join(dir, 'card-150-percent-at-200-percent-zoom.png') });
  await setCardTextSize(session, 100);
  await page.close();
  written.push('card-150-percent-at-200-percent-zoom.png');
  return written;
}

async function setCardTextSize(session: ChromiumSession, size: number): Promise<void> {
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  await worker.evaluate(
    (cardTextSize) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ settings: { version: 4, cardTextSize } }),
    size,
  );
}
