import {
  runtimeMessageEvents,
  type MessageEvents,
  type MessageListener,
} from '@/lib/messaging/runtime-events';

/**
 * The content script's one `runtime.onMessage` listener, for the bulk's handlers to be added to
 * when it loads (lib/page/content-messages.ts takes the gate as its events). A top frame's page may
 * be asked for its list, its metadata or a sub-frame's mentions before its bulk (content-main.js)
 * is loaded (the panel, the shortcut, the relay): its listener is registered at start, and such a
 * message loads the bulk and gets its answer. A sub-frame's bulk answers only for its own mentions,
 * and one that is not loaded has none: there the listener is registered only once the bulk adds its
 * handlers, or a probe waits on the settings, so a frame that never loads it (an ad's box) never
 * pays for one. The background's notice that the settings changed (`probe/settings-changed`) goes to the
 * probe waiting on it (`watchSettings`), never loads the bulk, and is answered by no one.
 */
export function createMessageGate(
  isTop: boolean,
  load: () => Promise<unknown>,
  signal: AbortSignal,
): MessageEvents & { watchSettings(changed: () => void, signal: AbortSignal): void } {
  let inner: MessageListener | undefined;
  let settingsChanged: (() => void) | undefined;
  let listening = false;
  const outer: MessageListener = (message, sender) => {
    if ((message as { type?: unknown } | null)?.type === 'probe/settings-changed')
      return void settingsChanged?.();
    if (inner) return inner(message, sender);
    return isTop ? load().then(() => inner?.(message, sender)) : undefined;
  };
  const listen = () => {
    if (listening || signal.aborted) return;
    listening = true;
    const events = runtimeMessageEvents();
    events.addListener(outer);
    signal.addEventListener('abort', () => events.removeListener(outer), { once: true });
  };
  if (isTop) listen();
  return {
    addListener: (listener) => {
      inner = listener;
      listen();
    },
    removeListener: (listener) => void (inner === listener && (inner = undefined)),
    watchSettings(changed, until) {
      settingsChanged = changed;
      const stop = () => void (settingsChanged === changed && (settingsChanged = undefined));
      until.addEventListener('abort', stop, { once: true });
      listen();
    },
  };
}
