import type { Page, Worker } from 'playwright-core';
import type { ChromiumSession } from './extension';

/**
 * The panel in a tab in Chromium, for tests (through panel-driver.ts, which adds Firefox) and the
 * demo's screenshots. A panel opened as a tab has no active page of its own, so it is pointed at
 * the article's tab with `popup.html?tab=ID`, which the panel honours only when it is in a tab
 * (lib/panel/tab-connection.ts). Which tab shows a page: panel-tabs.ts, in either browser.
 */
export const PANEL_SIZE = { width: 380, height: 600 };

export async function serviceWorker(session: ChromiumSession): Promise<Worker> {
  return session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
}

/** Opens the panel on the tab with id `tabId` (or on none, as a popup with no page would be). */
export async function openPanel(session: ChromiumSession, tabId: number | null, hash = ''): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.setViewportSize(PANEL_SIZE);
  const query = tabId === null ? '' : `?tab=${tabId}`;
  await panel.goto(`chrome-extension://${session.extensionId}/popup.html${query}${hash}`);
  return panel;
}
