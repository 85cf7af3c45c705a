import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

/**
 * How the tests reach the panel in Firefox, an unpatched Firefox ESR driven over WebDriver BiDi.
 *
 * Firefox refuses `browsingContext.navigate` to a `moz-extension://` URL ("not allowed in this
 * context"), and a web page's `window.open` of one is denied unless the page is listed in
 * `web_accessible_resources`, which would let any site probe for the extension (a fingerprinting
 * surface): not an option. What works without touching the extension:
 *
 * 1. `--remote-allow-system-access` lets BiDi evaluate script in the browser window itself
 *    (`browsingContext.getTree` with `moz:scope: "chrome"`). There, `gBrowser.addTab(url)` with the
 *    system principal opens any URL in a tab, the extension's own pages included, as the
 *    "Look up" fallback does from the background. Puppeteer sees the tab as a new page and drives
 *    it like any other; only its `url()` stays `about:blank` (Firefox does not report the load).
 * 2. `extensions.webextensions.uuids` fixes the add-on's internal UUID, so the test knows the
 *    `moz-extension://UUID/` base before the add-on is installed.
 * 3. The same chrome scope sets `prefers-color-scheme` for content (no BiDi media emulation yet).
 *
 * Nothing here reaches the extension's code: the panel runs exactly as a reader's tab would.
 * A tab cannot be navigated elsewhere afterwards (BiDi refuses again), so each panel is a new tab.
 */

/** A stable UUID for the test profile only; Firefox picks a random one for readers. */
const TEST_UUID = '6d1f6a52-0d3b-4b8e-9a57-3c5e2f1d9b40';

export function firefoxLaunchOptions(buildDir: string) {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const id = manifest.browser_specific_settings.gecko.id;
  return {
    id,
    uuid: TEST_UUID,
    args: ['--remote-allow-system-access'],
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: TEST_UUID }),
      // The axe and export checks want still pages, as Chromium's reducedMotion emulation gives.
      'ui.prefersReducedMotion': 1,
    },
  };
}

/** Saves every download to `dir` without a dialog, as Playwright's download event does. */
export function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

const connectionOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates `expression` in the first browser window (chrome scope); throws what it throws. */
export async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = connectionOf(browser);
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [window] = tree.result.contexts as { context: string }[];
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: window!.context },
    awaitPromise: true,
  });
  if (result.type === 'exception')
    throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
  return (result.result as { value?: unknown }).value;
}

/** Opens `url` (an extension page) in a new tab from the chrome scope; resolves once it loaded. */
export async function openTrustedTab(browser: Browser, url: string): Promise<Page> {
  const created = new Promise<Page>((resolve) =>
    browser.once('targetcreated', (target: { page(): Promise<Page | null> }) =>
      target.page().then((page) => resolve(page!)),
    ),
  );
  await evaluateInChrome(
    browser,
    `void gBrowser.addTab(${JSON.stringify(url)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
    })`,
  );
  const page = await created;
  await page.waitForFunction(
    (prefix) => location.href.startsWith(prefix) && document.readyState === 'complete',
    // On a timer: the new tab opens in the background, where animation frames barely run.
    { polling: 100 },
    // Node gives `moz-extension:` URLs no origin: match the URL up to its first slash past the host.
    url.slice(0, url.indexOf('/', 'moz-extension://'.length) + 1),
  );
  return page;
}

/** Light or dark for every page, as Chromium's `emulateMedia({ colorScheme })` does per page. */
export function setFirefoxColorScheme(browser: Browser, scheme: 'light' | 'dark'): Promise<unknown> {
  const value = scheme === 'dark' ? 0 : 1;
  return evaluateInChrome(
    browser,
    `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value})`,
  );
}

/**
 * "Run in Private Windows", as a reader allows it in about:addons: the add-on gets Firefox's
 * private-browsing permission and is reloaded, as that page does.
 */
export async function allowInPrivateWindows(browser: Browser, id: string): Promise<void> {
  const active = await evaluateInChrome(
    browser,
    `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await ExtensionPermissions.add(${JSON.stringify(id)}, {
        permissions: ['internal:privateBrowsingAllowed'], origins: [] });
      const addon = await AddonManager.getAddonByID(${JSON.stringify(id)});
      await addon.reload();
      return addon.isActive;
    })()`,
  );
  if (active !== true) throw new Error('the add-on did not come back after allowing private windows');
}
