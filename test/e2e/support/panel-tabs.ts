import type { MentionList } from '@/lib/messaging';
import type { PanelHost } from './panel-driver';

/**
 * What the panel tests ask of the browser's tabs, from an extension context in either browser
 * (panel-driver.ts). Without the `tabs` permission no URL comes with a tab: the content script
 * tells which page it is on, as it tells the panel.
 */

/** The slice of `chrome` these helpers call (promise-based in both browsers, MV3). */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/** The id of the tab showing `url`; waits for its content script to start. */
export async function tabIdOf(host: PanelHost, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const id = await host.inExtension(async (url) => {
      const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      for (const tab of await tabs.query({})) {
        const list = (await tabs
          .sendMessage(tab.id!, { type: 'mentions/list' }, { frameId: 0 })
          .catch(() => null)) as { url?: string } | null;
        if (list?.url === url) return tab.id!;
      }
      return null;
    }, url);
    if (id !== null) return id;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no tab shows ${url}`);
}

/**
 * The newest tab's id (both browsers number tabs upwards): the page a test has just opened. The
 * asking tab (Firefox's helper panel, which may have just opened) is not a candidate.
 */
export function newestTabId(host: PanelHost): Promise<number> {
  return host.inExtension(async () => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const own = (await tabs.getCurrent())?.id;
    return Math.max(...(await tabs.query({})).map((tab) => tab.id!).filter((id) => id !== own));
  }, undefined);
}

/** The page's list as its content script answers it, to compare with what the panel shows. */
export function pageList(host: PanelHost, tabId: number): Promise<MentionList> {
  return host.inExtension(
    (tabId) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(
        tabId,
        { type: 'mentions/list' },
        { frameId: 0 },
      ) as Promise<MentionList>,
    tabId,
  );
}

/** Writes the reader's settings as the panel saves them (whole, to sync storage). */
export async function writeSettings(host: PanelHost, settings: object): Promise<void> {
  await host.inExtension(
    (settings) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ settings }),
    settings,
  );
}
