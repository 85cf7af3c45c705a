import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROME_BUILD, launchBareChromium, launchChromium } from '../../test/e2e/support/extension';
import { median } from './median';

const SAMPLES = 3;

/** Used JS heap of the page's renderer (every world: the page's and the content script's), after GC. */
async function usedHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Waits until the painted range count holds still for a second: the content script is done. */
async function settle(page: Page): Promise<number> {
  let last = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const count = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
    if (count === last) return count;
    last = count;
  }
}

/**
 * The JS heap the built extension's content script adds on `url`: the same page loaded with and
 * without the extension (.output/chrome-mv3), medians of three. Null when there is no build.
 */
export async function measureHeap(
  executablePath: string,
  url: string,
): Promise<{ addedBytes: number; painted: number } | null> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) return null;
  const withExtension: number[] = [];
  const bare: number[] = [];
  let painted = 0;
  const session = await launchChromium(executablePath);
  const plain = await launchBareChromium(executablePath);
  const plainContext = await plain.newContext();
  try {
    for (let i = 0; i < SAMPLES; i++) {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 30_000 });
      painted = await settle(page);
      withExtension.push(await usedHeap(session.context, page));
      await page.close();
      const control = await plainContext.newPage();
      await control.goto(url);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      bare.push(await usedHeap(plainContext, control));
      await control.close();
    }
  } finally {
    await session.close();
    await plain.close();
  }
  return { addedBytes: median(withExtension) - median(bare), painted };
}
