import { browser } from 'wxt/browser';

/** A `runtime.onMessage` listener: a promise is an answer, undefined leaves the message to others. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/**
 * Who sent a message, as listeners read it. Its own module, with the events below, so that the
 * small content script can listen (lib/page/message-gate.ts) without bundling the message
 * catalogue and zod, which only its bulk needs.
 */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; incognito?: boolean };
}

/** The slice of `runtime.onMessage` used here; tests pass their own. */
export interface MessageEvents {
  addListener(listener: MessageListener): void;
  removeListener(listener: MessageListener): void;
}

/** The extension's own `runtime.onMessage`, as MessageEvents. */
export const runtimeMessageEvents = (): MessageEvents =>
  browser.runtime.onMessage as unknown as MessageEvents;
