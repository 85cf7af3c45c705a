import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LIFE_PORT } from '@/lib/messaging';

// The reader's first move, key or return to the tab after an update is when stale highlights and a
// card that cannot load anything would show: each is a moment to check.
const CHECK_ON = ['pointermove', 'pointerdown', 'keydown', 'focus'] as const;

/**
 * When the extension is updated, reloaded or disabled, Chrome leaves this script running without
 * an extension context: `browser.runtime.id` becomes undefined and every call to the extension
 * throws "Extension context invalidated". This notices, and aborts `ctx.signal`, which everything
 * in the content script is wired to: the engine unregisters every highlight and disconnects its
 * observers, listeners go, and WXT removes the card's host element.
 *
 * Noticing uses only what a page cannot reach or forge: `ctx.isInvalid` reads `browser.runtime.id`
 * in the content script's own world. It is read
 *  - when a port to the background disconnects: at once, if the extension goes away while its
 *    service worker runs. The port opens once the frame has mentions (`connect`): a frame that
 *    found nothing has nothing to take down. The port carries no message, so it does not keep the worker alive
 *    (Chrome 114+ counts messages, not open ports); when the idle worker stops, the port closes,
 *    the check finds the extension still there, and the port is not reopened;
 *  - on the reader's next pointer move, key, focus or return to the tab: one property read each,
 *    before the card's own handlers (capture phase), so a hover never reaches a dead extension;
 *  - before each message the content script sends (`alive()`).
 */
export function watchExtensionLife(ctx: ContentScriptContext) {
  const alive = () => !ctx.isInvalid;
  let connected = false;
  /** Opens the port, once: most frames find nothing, and then never open one. */
  const connect = () => {
    if (connected || !alive()) return;
    connected = true;
    try {
      const port = browser.runtime.connect({ name: LIFE_PORT });
      port.onDisconnect.addListener(() => void alive());
      ctx.onInvalidated(() => {
        try {
          port.disconnect();
        } catch {
          // Already gone with the extension.
        }
      });
    } catch {
      alive(); // connect throws once the extension is gone
    }
  };
  const options = { capture: true, passive: true, signal: ctx.signal };
  for (const type of CHECK_ON) window.addEventListener(type, () => void alive(), options);
  document.addEventListener('visibilitychange', () => void alive(), options);
  return { alive, connect };
}
