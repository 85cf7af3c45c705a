import { browser } from 'wxt/browser';

/**
 * Scripts the content script imports when it needs them (the engine in a frame with text, the
 * card's UI when a card first opens): web-accessible resources with a per-session address in
 * Chrome, so a page cannot probe for them to learn the extension is installed. Imported from a
 * content script, a script runs in the content script's own world and hands over what it provides
 * through a symbol on that world's global, which the page's world never sees.
 */
export type LazyScript = '/content-main.js' | '/card-ui.js';

const slotOf = (path: LazyScript) => Symbol.for(`mineral-lens:${path}`);

/** Called by the imported script as it runs. */
export function provide<T>(path: LazyScript, value: T): void {
  (globalThis as Record<symbol, unknown>)[slotOf(path)] = value;
}

const loading = new Map<LazyScript, Promise<unknown>>();

/** Imports `path` once per frame and returns what it provides. */
export function importScript<T>(path: LazyScript): Promise<T> {
  let promise = loading.get(path);
  if (!promise) {
    promise = import(/* @vite-ignore */ browser.runtime.getURL(path)).then(() => {
      const value = (globalThis as Record<symbol, unknown>)[slotOf(path)];
      if (value === undefined) throw new Error(`${path} provided nothing`);
      return value;
    });
    loading.set(path, promise);
  }
  return promise as Promise<T>;
}
