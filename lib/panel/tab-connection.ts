import { browser } from 'wxt/browser';
import type { ExtensionMessage } from '@/lib/messaging/messages';
import { sendToTab, type Reply } from '@/lib/messaging/send-message';
import type { PageConnection } from './page-connection';

/**
 * The tab the panel reports on. As a popup, the active tab of its window. Opened in a tab of its
 * own (the context menu's fallback, and the end-to-end tests), it has no page of its own, so it
 * honours `?tab=ID`; a popup never does, so a crafted URL cannot point the real popup elsewhere.
 */
export async function resolveTargetTab(search: string): Promise<number | null> {
  const ownTab = await browser.tabs.getCurrent().catch(() => undefined);
  if (ownTab) {
    const requested = new URLSearchParams(search).get('tab') ?? '';
    return /^\d{1,15}$/.test(requested) ? Number(requested) : null;
  }
  // No `tabs` permission: the query gives ids, never URLs; the content script tells us the URL.
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** tabs.sendMessage to frame 0 for the list and the metadata, to the owning frame for a mention. */
export function createTabConnection(tabId: Promise<number | null>): PageConnection {
  const send = async <M extends ExtensionMessage>(message: M, frameId: number) => {
    const id = await tabId;
    if (id === null) throw new Error('no tab to read');
    const response: Reply<M> = await sendToTab(id, message, { frameId });
    // A page whose content script never answered gives undefined rather than a rejection.
    if (response === undefined) throw new Error('no answer from the page');
    return response;
  };
  return {
    list: () => send({ type: 'mentions/list' }, 0),
    metadata: () => send({ type: 'page/metadata' }, 0),
    send: (request, frameId) => send(request, frameId),
  };
}
