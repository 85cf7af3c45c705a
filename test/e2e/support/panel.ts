import type { Page, Worker } from 'playwright-core';
import type { ChromiumSession } from './extension';

/**
 * The panel in a tab in Chromium, for tests (through panel-driver.ts, which adds Firefox) and the
 * demo's screenshots. A panel opened as a tab has no active page of its own, so it is pointed at
 * the article's tab with `popup.html?tab=ID`, which the panel honours only when it is in a tab
 * (lib/panel/tab-connection.ts).
 */
export const PANEL_SIZE = { width: 380, height: 600 };

/** The slice of the service worker's `chrome` these helpers call. */
interface ChromeTabs {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

export async function serviceWorker(session: ChromiumSession): Promise<Worker> {
  return session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
}

/**
 * The id of the tab showing `url`, found the way the panel would: the content script's own answer
 * (without the `tabs` permission no URL comes with a tab). Waits for the content script to start.
 */
export async function tabIdOf(session: ChromiumSession, url: string, timeoutMs = 10_000): Promise<number> {
  const worker = await serviceWorker(session);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const id = await worker.evaluate(async (url) => {
      const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
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

/** The newest tab's id (Chromium numbers tabs upwards): the page a test has just opened. */
export async function newestTabId(session: ChromiumSession): Promise<number> {
  return (await serviceWorker(session)).evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    return Math.max(...(await tabs.query({})).map((tab) => tab.id!));
  });
}

/** Opens the panel on the tab with id `tabId` (or on none, as a popup with no page would be). */
export async function openPanel(session: ChromiumSession, tabId: number | null, hash = ''): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize(PANEL_SIZE);
  const query = tabId === null ? '' : `?tab=${tabId}`;
  await panel.goto(`chrome-extension://${session.extensionId}/popup.html${query}${hash}`);
  return panel;
}
