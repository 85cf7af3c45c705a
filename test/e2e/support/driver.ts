import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { browserOrSkip, type BrowserName } from './browsers';
import { launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './extension';

/**
 * One page, whichever driver: Playwright for Chromium, Puppeteer (WebDriver BiDi) for Firefox.
 * Just what the page engine's tests need, so one test body runs in both browsers.
 */
export interface PageDriver {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates in the first child frame whose URL contains `urlPart`. */
  evaluateInFrame<R>(urlPart: string, fn: () => R | Promise<R>): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => boolean, arg?: A, timeout?: number): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  addScript(content: string): Promise<void>;
  screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  name: BrowserName;
  newPage(): Promise<PageDriver>;
  /** Chromium only: the extension's service worker, for storage and tabs calls (see extension.ts). */
  chromium?: ChromiumSession;
}

type AnyFn = (arg: unknown) => unknown;

function playwrightDriver(page: PlaywrightPage): PageDriver {
  const frame = (part: string): PlaywrightFrame => {
    const found = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
    if (!found) throw new Error(`no frame with ${part}`);
    return found;
  };
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as AnyFn, arg) as never,
    evaluateInFrame: (part, fn) => frame(part).evaluate(fn) as never,
    waitFor: async (fn, arg, timeout = 10_000) =>
      void (await page.waitForFunction(fn as AnyFn, arg, { timeout })),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    addScript: async (content) => void (await page.addScriptTag({ content })),
    screenshot: (clip) => page.screenshot({ clip }),
    close: () => page.close(),
  };
}

function puppeteerDriver(page: PuppeteerPage): PageDriver {
  const frame = (part: string): PuppeteerFrame => {
    const found = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
    if (!found) throw new Error(`no frame with ${part}`);
    return found;
  };
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as AnyFn, arg) as never,
    evaluateInFrame: (part, fn) => frame(part).evaluate(fn) as never,
    waitFor: async (fn, arg, timeout = 15_000) =>
      void (await page.waitForFunction(fn as AnyFn, { timeout }, arg)),
    type: (selector, text) => page.type(selector, text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    addScript: async (content) => void (await page.addScriptTag({ content })),
    screenshot: async (clip) => Buffer.from(await page.screenshot({ clip })),
    close: () => page.close(),
  };
}

/**
 * Runs `suite` once per installed browser, each with the built extension loaded (a missing browser
 * skips loudly, or fails under CI: see browsers.ts).
 */
export function describeInBrowsers(title: string, suite: (browser: () => BrowserUnderTest) => void): void {
  const chromiumPath = browserOrSkip('chromium');
  const firefoxPath = browserOrSkip('firefox');

  describe.skipIf(!chromiumPath)(`${title} (Chromium)`, () => {
    let session: ChromiumSession;
    beforeAll(async () => void (session = await launchChromium(chromiumPath!)));
    afterAll(() => session?.close());
    suite(() => ({
      name: 'chromium',
      chromium: session,
      newPage: async () => playwrightDriver(await session.context.newPage()),
    }));
  });

  describe.skipIf(!firefoxPath)(`${title} (Firefox)`, () => {
    let session: FirefoxSession;
    beforeAll(async () => void (session = await launchFirefox(firefoxPath!)));
    afterAll(() => session?.close());
    suite(() => ({ name: 'firefox', newPage: async () => puppeteerDriver(await session.browser.newPage()) }));
  });
}
