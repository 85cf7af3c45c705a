import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops an older copy of a content script when a newer one announces itself with a document
 * event named `${runtime id}:${entrypoint}:wxt:content-script-started`. The page can dispatch that
 * event too (the runtime id is public in Firefox, discoverable in Chrome) and so stop us. A
 * genuinely newer copy of this script only exists once the extension was reloaded or updated, and
 * by then this copy's runtime is gone (`browser.runtime.id` is undefined): while it is alive, every
 * such event is a forgery, and is stopped at the window in the capture phase, before WXT's own
 * listener on the document (at target) can see it. WXT's `window.postMessage` twin of the event is
 * turned off (entrypoints/content/index.ts): no one here listens for it, and pages heard it.
 */
export function guardScriptStart(signal: AbortSignal): void {
  // Public on the class at run time, private only in WXT's typings.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(
    type,
    (event) => {
      if (browser.runtime?.id !== undefined) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
