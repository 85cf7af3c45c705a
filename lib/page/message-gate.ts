import {
  runtimeMessageEvents,
  type MessageEvents,
  type MessageListener,
} from '@/lib/messaging/runtime-events';

/**
 * The content script's one `runtime.onMessage` listener, registered by the small script at start,
 * before its bulk (content-main.js) is loaded, for the bulk's handlers to be added to when it is
 * (lib/page/content-messages.ts takes it as its events). Until then a top frame's page may still be
 * asked for its list, its metadata or a sub-frame's mentions (the panel, the shortcut, the relay):
 * such a message loads the bulk and gets its answer. A sub-frame's bulk answers only for its own
 * mentions, and one that is not loaded has none, so there a message waits for nothing.
 */
export function createMessageGate(
  isTop: boolean,
  load: () => Promise<unknown>,
  signal: AbortSignal,
): MessageEvents {
  let inner: MessageListener | undefined;
  const outer: MessageListener = (message, sender) => {
    if (inner) return inner(message, sender);
    return isTop ? load().then(() => inner?.(message, sender)) : undefined;
  };
  const events = runtimeMessageEvents();
  events.addListener(outer);
  signal.addEventListener('abort', () => events.removeListener(outer), { once: true });
  return {
    addListener: (listener) => void (inner = listener),
    removeListener: (listener) => void (inner === listener && (inner = undefined)),
  };
}
