import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumSession, FirefoxSession } from './extension';
import { openTrustedTab, setFirefoxColorScheme } from './firefox-chrome-scope';
import { openPanel, PANEL_SIZE, serviceWorker } from './panel';

/**
 * The panel as a tab, whichever browser: Playwright drives it in Chromium, Puppeteer (WebDriver
 * BiDi) in Firefox, where it is opened from the chrome scope (firefox-chrome-scope.ts). Elements
 * are named as a reader finds them: by role and exact accessible name, or by a CSS class and the
 * exact text shown. Clicks and keys are real input events in both browsers.
 *
 * Roles and names: Playwright's own engine in Chromium; in Firefox, dom-accessibility-api (the
 * engine of Testing Library's `getByRole`) run in the page. Firefox's BiDi accessibility locator,
 * which Puppeteer's `::-p-aria` uses, took 4 to 10 s per query on the panel's ~1,000 nodes, so a
 * test that waited for three elements could outlast any sane timeout on a busy machine. The
 * accessibility tree itself is checked by axe in both browsers (panel-a11y.test.ts).
 */
export type Target = { role: string; name: string } | { css: string; text?: string };

export interface PanelPage {
  click(target: Target): Promise<void>;
  /** Resolves once the target is shown; rejects after 10 s. */
  waitFor(target: Target): Promise<void>;
  count(target: Target): Promise<number>;
  attribute(target: Target, name: string): Promise<string | null>;
  /** Replaces a field's text by typing, as a reader would. */
  fill(target: Target, text: string): Promise<void>;
  value(target: Target): Promise<string>;
  select(target: Target, value: string): Promise<void>;
  focus(target: Target): Promise<void>;
  texts(css: string): Promise<string[]>;
  /** A key as both drivers name it: "Enter", "Escape". */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  evaluate<R, A = undefined>(fn: string | ((arg: A) => R | Promise<R>), arg?: A): Promise<R>;
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Clicks the button named `name` and returns the file it saves. */
  download(name: string): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

type AnyFn = (arg: unknown) => unknown;

/**
 * The elements for a CSS target, in the page, open shadow roots included (as Playwright's CSS
 * locators do): those whose text is `text` if given.
 */
function findByText({ css, text }: { css: string; text?: string }): Element[] {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const found: Element[] = [];
  const search = (root: Document | ShadowRoot) => {
    found.push(...root.querySelectorAll(css));
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) search(host.shadowRoot);
  };
  search(document);
  return found.filter((e) => text === undefined || norm(e.textContent) === text);
}

/**
 * The elements with `role` and exact accessible name `name`, in document order, open shadow roots
 * included, leaving out those hidden from assistive technology (as `getByRole` does). Runs in the
 * page, with dom-accessibility-api installed as `__mlAria` (ARIA_SCRIPT).
 */
function findByRole({ role, name }: { role: string; name: string }): Element[] {
  const aria = (globalThis as unknown as { __mlAria: typeof import('dom-accessibility-api') }).__mlAria;
  const found: Element[] = [];
  const search = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (
        aria.getRole(element) === role &&
        aria.computeAccessibleName(element) === name &&
        !aria.isInaccessible(element)
      )
        found.push(element);
      if (element.shadowRoot) search(element.shadowRoot);
    }
  };
  search(document);
  return found;
}

/** dom-accessibility-api as one script that installs it as `globalThis.__mlAria`; built on first use. */
let ariaScript: string | undefined;
const ARIA_SCRIPT = () =>
  (ariaScript ??= `(() => { ${
    buildSync({
      stdin: {
        contents: "export { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';",
        resolveDir: import.meta.dirname,
      },
      bundle: true,
      format: 'iife',
      globalName: '__mlAria',
      platform: 'browser',
      write: false,
    }).outputFiles[0]!.text
  }; globalThis.__mlAria = __mlAria; })()`);

const poll = async <T>(read: () => Promise<T | null>, what: string, timeout = 10_000): Promise<T> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await read();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`not found: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

export function playwrightPanel(page: PlaywrightPage): PanelPage {
  const locate = (target: Target) =>
    'role' in target
      ? page.getByRole(target.role as 'button', { name: target.name, exact: true })
      : target.text === undefined
        ? page.locator(target.css)
        : page.locator(target.css).filter({ hasText: new RegExp(`^\\s*${RegExp.escape(target.text)}\\s*$`) });
  return {
    click: (target) => locate(target).first().click(),
    waitFor: (target) => locate(target).first().waitFor({ timeout: 10_000 }),
    count: (target) => locate(target).count(),
    attribute: (target, name) => locate(target).first().getAttribute(name),
    fill: (target, text) => locate(target).fill(text),
    value: (target) => locate(target).inputValue(),
    select: async (target, value) => void (await locate(target).selectOption(value)),
    focus: (target) => locate(target).focus(),
    texts: (css) => page.locator(css).allTextContents(),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    evaluate: (fn, arg) => page.evaluate(fn as AnyFn, arg) as never,
    colorScheme: (colorScheme) => page.emulateMedia({ colorScheme, reducedMotion: 'reduce' }),
    download: async (name) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    },
    close: () => page.close(),
  };
}

export function puppeteerPanel(page: PuppeteerPage, session: FirefoxSession): PanelPage {
  // The panel tab is never navigated (firefox-chrome-scope.ts), so the engine is installed once.
  let installed: Promise<unknown> | undefined;
  const all = async (target: Target): Promise<ElementHandle<Element>[]> => {
    if ('role' in target) await (installed ??= page.evaluate(ARIA_SCRIPT()));
    const list =
      'role' in target
        ? await page.evaluateHandle(findByRole, target)
        : await page.evaluateHandle(findByText, target);
    const properties = await list.getProperties();
    await list.dispose();
    return [...properties.values()].flatMap((p) => {
      const element = p.asElement() as ElementHandle<Element> | null;
      return element ? [element] : [];
    });
  };
  const one = (target: Target) => poll(async () => (await all(target))[0] ?? null, JSON.stringify(target));
  return {
    click: async (target) => (await one(target)).click(),
    waitFor: async (target) => void (await one(target)),
    count: async (target) => (await all(target)).length,
    attribute: async (target, name) => (await one(target)).evaluate((e, name) => e.getAttribute(name), name),
    fill: async (target, text) => {
      const field = await one(target);
      await field.click({ count: 3 });
      await field.evaluate((e) => (e as HTMLInputElement).select());
      if (text) await field.type(text);
      else await page.keyboard.press('Backspace');
    },
    value: async (target) => (await one(target)).evaluate((e) => (e as HTMLInputElement).value),
    select: async (target, value) => void (await (await one(target)).select(value)),
    focus: async (target) => (await one(target)).focus(),
    texts: (css) => page.$$eval(css, (list) => list.map((e) => e.textContent ?? '')),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    evaluate: (fn, arg) => page.evaluate(fn as AnyFn, arg) as never,
    colorScheme: async (scheme) => void (await setFirefoxColorScheme(session.browser, scheme)),
    download: async (name) => {
      const before = new Set(readdirSync(session.downloads));
      await (await one({ role: 'button', name })).click();
      const file = await poll(async () => {
        // Firefox makes an empty NAME and writes NAME.part beside it, then moves the part over it.
        const names = readdirSync(session.downloads);
        const fresh = names.filter((f) => !before.has(f) && !f.endsWith('.part'));
        const done = fresh.find(
          (f) => !names.includes(`${f}.part`) && statSync(join(session.downloads, f)).size,
        );
        return done ?? null;
      }, `a download from ${name}`);
      return { name: file, text: readFileSync(join(session.downloads, file), 'utf8') };
    },
    close: () => page.close(),
  };
}

/** Where panels open, and a context with the extension's APIs (`chrome.*`) for the test to ask. */
export interface PanelHost {
  openPanel(tabId: number | null, hash?: string): Promise<PanelPage>;
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export function chromiumPanelHost(session: ChromiumSession): PanelHost {
  return {
    openPanel: async (tabId, hash) => playwrightPanel(await openPanel(session, tabId, hash)),
    inExtension: async (fn, arg) => (await serviceWorker(session)).evaluate(fn as AnyFn, arg) as never,
  };
}

/**
 * Firefox has no service worker to evaluate in (its background is an event page BiDi does not
 * list), so the extension's APIs are asked from one panel tab of the test's own, opened on first
 * use. It is opened as the "Look up" fallback tab is (`#lookup=...`): a panel opened that way
 * takes its lookup from the address and never waits for one in storage, so it does not take the
 * lookup a test leaves for the next panel (a plain panel would, as soon as it is written).
 */
export function firefoxPanelHost(session: FirefoxSession): PanelHost {
  const popup = `${session.extensionBase}popup.html`;
  let helper: Promise<PuppeteerPage> | undefined;
  return {
    openPanel: async (tabId, hash = '') => {
      const page = await openTrustedTab(
        session.browser,
        `${popup}${tabId === null ? '' : `?tab=${tabId}`}${hash}`,
      );
      await page.setViewport(PANEL_SIZE);
      await page.bringToFront();
      return puppeteerPanel(page, session);
    },
    inExtension: async (fn, arg) => {
      helper ??= openTrustedTab(session.browser, `${popup}#lookup=%20`);
      return (await helper).evaluate(fn as AnyFn, arg) as never;
    },
  };
}
