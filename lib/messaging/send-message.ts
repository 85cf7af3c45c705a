import { browser } from 'wxt/browser';
import type { ExtensionMessage, ReplyTo } from './messages';

/**
 * The typed senders: the reply's type comes from the catalogue, so no call site casts. A reply
 * may be undefined: nobody answered (no content script in that tab, or no frame owns the mention).
 */
export type Reply<M extends ExtensionMessage> = ReplyTo<M['type']> | undefined;

export type SendMessage = <M extends ExtensionMessage>(message: M) => Promise<Reply<M>>;

/** To the background (and any open extension page). */
export const sendMessage: SendMessage = (message) => browser.runtime.sendMessage(message) as Promise<never>;

/** To the content scripts of a tab: every frame, or the one `frameId` names. */
export function sendToTab<M extends ExtensionMessage>(
  tabId: number,
  message: M,
  options?: { frameId?: number },
): Promise<Reply<M>> {
  return browser.tabs.sendMessage(tabId, message, options) as Promise<never>;
}

export type SendToTab = typeof sendToTab;
