import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser as ChromiumBrowser, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { downloadPrefs, evaluateInChrome, firefoxLaunchOptions } from './firefox-chrome-scope';

const OUTPUT = resolve(import.meta.dirname, '../../../.output');
export const CHROME_BUILD = join(OUTPUT, 'chrome-mv3');
export const FIREFOX_BUILD = join(OUTPUT, 'firefox-mv3');

function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run \`npm run build\` first (npm test does it for you).`);
  }
  return dir;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Headless Chromium with the built extension loaded into a fresh profile. */
export async function launchChromium(
  executablePath: string,
  {
    headless = true,
    lang,
    build = CHROME_BUILD,
  }: {
    headless?: boolean;
    lang?: string;
    /** Another build, e.g. a baseline the bench compares. */ build?: string;
  } = {},
): Promise<ChromiumSession> {
  const dir = requireBuild(build);
  const profile = mkdtempSync(join(tmpdir(), 'ml-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The browser's own UI language (what browser.i18n.getUILanguage() reports), e.g. es-MX.
      ...(lang ? [`--lang=${lang}`] : []),
    ],
    ...(lang ? { locale: lang } : {}),
  });
  // The id depends on the folder the build was loaded from: read it, never hard-code it.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium with no extension: for pages that get the engine bundle injected instead. */
export function launchBareChromium(executablePath: string): Promise<ChromiumBrowser> {
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://UUID/`, fixed at launch so tests can name the extension's pages. */
  extensionBase: string;
  /** Where Firefox saves downloads, without asking. */
  downloads: string;
  /** Runs `expression` in the browser window's chrome scope (see firefox-chrome-scope.ts). */
  inChrome(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Headless Firefox over WebDriver BiDi with the build installed as a temporary add-on. */
export async function launchFirefox(
  executablePath: string,
  { lang }: { lang?: string } = {},
): Promise<FirefoxSession> {
  const dir = requireBuild(FIREFOX_BUILD);
  const { id, prefs, args, uuid } = firefoxLaunchOptions(dir);
  const downloads = mkdtempSync(join(tmpdir(), 'ml-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args,
    extraPrefsFirefox: {
      ...prefs,
      ...downloadPrefs(downloads),
      // Firefox's UI language; it takes effect only with that language pack installed.
      ...(lang ? { 'intl.locale.requested': lang, 'intl.accept_languages': lang } : {}),
    },
  });
  const installed = await browser.installExtension(dir);
  if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
  return {
    browser,
    extensionBase: `moz-extension://${uuid}/`,
    downloads,
    inChrome: (expression) => evaluateInChrome(browser, expression),
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
