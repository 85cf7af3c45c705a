import { expect } from 'vitest';
import { playwrightDriver, type BrowserUnderTest } from './driver';
import { openTrustedTab } from './firefox-chrome-scope';
import { bidiTabOpenedBy, type OpenedTab } from './bidi-tab';
import { playwrightPanel, puppeteerPanel, type PanelPage } from './panel-driver';

/**
 * The notebook as a reader reaches it, in either browser: the Settings switch in the panel, the
 * notebook page (an extension page: opened from the chrome scope in Firefox, see
 * firefox-chrome-scope.ts), and the article tab a quote's link opens. What is kept is read from the
 * extension's own IndexedDB, so a test waits for the background's write instead of for a timer.
 */
export interface NotebookPage {
  page: PanelPage;
  /** Clicks the first link matching `css` and returns the tab it opened, once loaded. */
  follow(css: string): Promise<OpenedTab>;
}

const SWITCH = { role: 'checkbox', name: 'Keep a notebook of the pages I read' };

interface ChromeStorage {
  chrome: { storage: { sync: { get(key: string): Promise<{ settings?: { notebook?: boolean } }> } } };
}

/** The titles of the pages kept, read in an extension context (never creating the database). */
async function keptTitles(): Promise<string[]> {
  const name = 'mineral-lens-notebook';
  if (!(await indexedDB.databases()).some((db) => db.name === name)) return [];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const read = db.transaction('pages').objectStore('pages').getAll();
      read.onerror = () => reject(read.error);
      read.onsuccess = () => {
        db.close();
        resolve((read.result as { title: string }[]).map((p) => p.title).sort());
      };
    };
  });
}

export function notebookHost(browser: BrowserUnderTest) {
  const host = browser.panel!;
  const stored = () =>
    host.inExtension(
      async () =>
        (await (globalThis as unknown as ChromeStorage).chrome.storage.sync.get('settings')).settings
          ?.notebook === true,
      undefined,
    );
  const kept = () => host.inExtension(keptTitles, undefined);

  /** The notebook page, freshly opened; its confirmations are answered yes, as a reader would. */
  const openNotebook = async (): Promise<NotebookPage> => {
    if (browser.chromium) {
      const { context, extensionId } = browser.chromium;
      const page = await context.newPage();
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(`chrome-extension://${extensionId}/notebook.html`);
      const follow = async (css: string) => {
        const [tab] = await Promise.all([context.waitForEvent('page'), page.locator(css).first().click()]);
        await tab.waitForLoadState('load');
        return playwrightDriver(tab) as OpenedTab;
      };
      return { page: playwrightPanel(page), follow };
    }
    const session = browser.firefox!;
    const page = await openTrustedTab(session.browser, `${session.extensionBase}notebook.html`);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.bringToFront();
    const follow = (css: string) =>
      bidiTabOpenedBy(session.browser, async () => (await page.waitForSelector(css))!.click());
    return { page: puppeteerPanel(page, session), follow };
  };

  const keptWhen = async (count: number): Promise<string[]> => {
    let titles: string[] = [];
    await expect
      .poll(async () => (titles = await kept()).length, { timeout: 20_000, interval: 300 })
      .toBe(count);
    return titles;
  };
  return {
    kept,
    /** Polls until `count` pages are kept; returns their titles, sorted. */
    keptWhen,
    openNotebook,
    /** Empties the notebook with its page's "Delete everything", so a test starts from nothing. */
    clear: async () => {
      if ((await kept()).length === 0) return;
      const { page } = await openNotebook();
      await page.click({ role: 'button', name: 'Delete everything' });
      await keptWhen(0);
      await page.close();
    },

    /** Turns the notebook on or off with the switch in the panel's Settings, as a reader does. */
    setNotebook: async (on: boolean) => {
      const panel = await host.openPanel(null);
      await panel.click({ role: 'tab', name: 'Settings' });
      await panel.waitFor(SWITCH);
      if ((await stored()) !== on) await panel.click(SWITCH);
      await expect.poll(stored).toBe(on);
      await panel.close();
    },
  };
}
