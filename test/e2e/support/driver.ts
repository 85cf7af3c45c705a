import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { browserOrSkip, type BrowserName } from './browsers';
import { playwrightCardRoot, puppeteerCardRoot, waitForCardRoot, type CardRootCall } from './card-root';
import {
  launchBareChromium,
  launchChromium,
  launchFirefox,
  type ChromiumSession,
  type FirefoxSession,
} from './extension';
import { chromiumPanelHost, firefoxPanelHost, type PanelHost } from './panel-driver';

/**
 * One page, whichever driver: Playwright for Chromium, Puppeteer (WebDriver BiDi) for Firefox.
 * Just what the page engine's tests need, so one test body runs in both browsers.
 */
export interface PageDriver {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates in the first child frame whose URL contains `urlPart`. */
  evaluateInFrame<R, A = undefined>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => boolean, arg?: A, timeout?: number): Promise<void>;
  /** Runs `fn` in the page's main world with the card's closed shadow root (null before a card). */
  inCard<R, A = undefined>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The same, in the first child frame whose URL contains `urlPart`. */
  inCardInFrame<R, A = undefined>(
    urlPart: string,
    fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R>;
  /** Waits until `fn(root, arg)` holds for the card's closed shadow root. */
  waitForCard<A = undefined>(
    fn: (root: ShadowRoot | null, arg: A) => boolean,
    arg?: A,
    timeout?: number,
  ): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Makes this page's tab the one in front, so input goes to it as a reader's would. */
  bringToFront(): Promise<void>;
  /** A key as both drivers name it: "Escape", "Tab", "Shift+Tab". */
  press(key: string): Promise<void>;
  /** The viewport's size in CSS pixels (Playwright's default is 1280x720, Puppeteer's 800x600). */
  setViewport(width: number, height: number): Promise<void>;
  addScript(content: string): Promise<void>;
  /** A picture of `clip`, given in viewport coordinates (CSS pixels), as the probes measure it. */
  screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  name: BrowserName;
  newPage(): Promise<PageDriver>;
  /** Chromium with the extension only: its session, for calls in the service worker. */
  chromium?: ChromiumSession;
  /** Firefox with the extension only: its session, for tabs opened from the chrome scope. */
  firefox?: FirefoxSession;
  /** With the extension: the panel in a tab, and the extension's APIs (panel-driver.ts). */
  panel?: PanelHost;
}

type AnyFn = (arg: unknown) => unknown;

/** The card-root methods, whichever protocol reaches the root. */
function cardMethods(call: CardRootCall, inFrame: (part: string) => CardRootCall, timeout: number) {
  return {
    inCard: <R, A>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg?: A) => call(fn, arg as A),
    inCardInFrame: <R, A>(part: string, fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg?: A) =>
      inFrame(part)(fn, arg as A),
    waitForCard: <A>(fn: (root: ShadowRoot | null, arg: A) => boolean, arg?: A, ms = timeout) =>
      waitForCardRoot(call, fn, arg as A, ms),
  };
}

/** The first child frame whose URL contains `part` (both drivers' frames have url()). */
function childFrame<F extends { url(): string }>(page: { frames(): F[]; mainFrame(): F }, part: string): F {
  const found = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
  if (!found) throw new Error(`no frame with ${part}`);
  return found;
}

export function playwrightDriver(page: PlaywrightPage): PageDriver {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as AnyFn, arg) as never,
    evaluateInFrame: (part, fn, arg) => childFrame(page, part).evaluate(fn as AnyFn, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) =>
      void (await page.waitForFunction(fn as AnyFn, arg, { timeout })),
    ...cardMethods(
      playwrightCardRoot(page),
      (part) => playwrightCardRoot(page, () => childFrame(page, part)),
      10_000,
    ),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    addScript: async (content) => void (await page.addScriptTag({ content })),
    screenshot: (clip) => page.screenshot({ clip }),
    close: () => page.close(),
  };
}

export function puppeteerDriver(page: PuppeteerPage): PageDriver {
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as AnyFn, arg) as never,
    evaluateInFrame: (part, fn, arg) => childFrame(page, part).evaluate(fn as AnyFn, arg) as never,
    // Polled on a timer, not on animation frames: a page in a background tab (the article while the
    // panel's tab is in front) gets almost no frames in Firefox.
    waitFor: async (fn, arg, timeout = 15_000) =>
      void (await page.waitForFunction(fn as AnyFn, { timeout, polling: 100 }, arg)),
    ...cardMethods(
      puppeteerCardRoot(page),
      (part) => puppeteerCardRoot(page, () => childFrame(page, part)),
      15_000,
    ),
    type: (selector, text) => page.type(selector, text),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    press: async (key) => {
      const keys = key.split('+') as KeyInput[];
      for (const k of keys) await page.keyboard.down(k);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    addScript: async (content) => void (await page.addScriptTag({ content })),
    // Puppeteer's clip is in document coordinates; the driver's, like Playwright's, in the viewport's.
    screenshot: async (clip) => {
      const [x, y] = await page.evaluate(() => [scrollX, scrollY]);
      return Buffer.from(await page.screenshot({ clip: { ...clip, x: clip.x + x!, y: clip.y + y! } }));
    },
    close: () => page.close(),
  };
}

/** A session's pages, and how to end it. */
interface Session {
  newPage(): Promise<PageDriver>;
  chromium?: ChromiumSession;
  firefox?: FirefoxSession;
  panel?: PanelHost;
  close(): Promise<void>;
}

async function chromiumSession(path: string, extension: boolean, privateWindows: boolean): Promise<Session> {
  if (extension) {
    const session = await launchChromium(path, { allowIncognito: privateWindows });
    const newPage = async () => playwrightDriver(await session.context.newPage());
    return { newPage, chromium: session, panel: chromiumPanelHost(session), close: session.close };
  }
  const browser = await launchBareChromium(path);
  return { newPage: async () => playwrightDriver(await browser.newPage()), close: () => browser.close() };
}

async function firefoxSession(path: string, extension: boolean, privateWindows: boolean): Promise<Session> {
  if (extension) {
    const session = await launchFirefox(path, { allowPrivate: privateWindows });
    return {
      newPage: async () => puppeteerDriver(await session.browser.newPage()),
      firefox: session,
      panel: firefoxPanelHost(session),
      close: session.close,
    };
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: path, headless: true });
  return { newPage: async () => puppeteerDriver(await browser.newPage()), close: () => browser.close() };
}

/**
 * Runs `suite` once per installed browser (a missing browser skips loudly, or fails under CI: see
 * browsers.ts). With `extension: false` no extension is loaded: for tests that inject the engine
 * bundle into the page themselves, where a content script painting too would get in the way.
 * `only` narrows the browsers, for what only one browser has. `privateWindows` lets the extension
 * run in private (incognito) windows, as a reader allows it in the browser's extension settings.
 */
export function describeInBrowsers(
  title: string,
  suite: (browser: () => BrowserUnderTest) => void,
  {
    extension = true,
    only = ['chromium', 'firefox'] as BrowserName[],
    privateWindows = false,
  }: { extension?: boolean; only?: BrowserName[]; privateWindows?: boolean } = {},
): void {
  const launchers = { chromium: chromiumSession, firefox: firefoxSession };
  for (const name of only) {
    const path = browserOrSkip(name);
    const label = name === 'chromium' ? 'Chromium' : 'Firefox';
    // Firefox gets twice the project's 60 s per test: it opens a tab per panel through the chrome
    // scope, and its slowest test (the notebook journey) takes 11 s on an idle 2-core machine.
    // Only a failing test ever waits that long.
    const timeout = name === 'firefox' ? 120_000 : undefined;
    describe.skipIf(!path)(`${title} (${label})`, { timeout }, () => {
      let session: Session;
      beforeAll(async () => void (session = await launchers[name](path!, extension, privateWindows)));
      afterAll(() => session?.close());
      suite(() => ({
        name,
        chromium: session.chromium,
        firefox: session.firefox,
        panel: session.panel,
        newPage: () => session.newPage(),
      }));
    });
  }
}
