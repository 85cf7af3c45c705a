import { afterEach, expect, test, vi } from 'vitest';

// The page scripts' `browser` (lib/page/page-browser.ts): the browser's own namespace
// where it has one, as webextension-polyfill would choose, without evaluating the polyfill there.

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const load = async () => (await import('@/lib/page/page-browser')).browser;

test('where the browser has a `browser` namespace (Firefox, recent Chrome), it is used as it is', async () => {
  const native = { runtime: { id: 'mineral-lens' } };
  vi.stubGlobal('browser', native);
  // The polyfill refuses to run without `chrome.runtime.id`: had it been evaluated, this would throw.
  vi.stubGlobal('chrome', undefined);
  expect(await load()).toBe(native);
});

test('where it has only `chrome` (older Chrome), the polyfill wraps it', async () => {
  const chrome = { runtime: { id: 'mineral-lens', getURL: (path: string) => `chrome-extension://x${path}` } };
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', chrome);
  const browser = await load();
  expect(browser).not.toBe(chrome);
  expect(browser.runtime.id).toBe('mineral-lens');
  expect(browser.runtime.getURL('/content-main.js')).toBe('chrome-extension://x/content-main.js');
});

// The scripts content.js imports (content-main.js, card-ui.js) take the namespace it chose
// (lib/page/shared-browser.ts) instead of carrying the polyfill again.
test('the scripts content.js imports get the very namespace it chose, polyfill-wrapped or native', async () => {
  const chrome = { runtime: { id: 'mineral-lens', getURL: (path: string) => `chrome-extension://x${path}` } };
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', chrome);
  const chosen = await load();
  const shared = (await import('@/lib/page/shared-browser')).browser;
  expect(shared).toBe(chosen);
  expect(shared.runtime.getURL('/card-ui.js')).toBe('chrome-extension://x/card-ui.js');
});

test('imported anywhere but after content.js, the shared namespace refuses to load', async () => {
  const { SHARED_BROWSER } = await import('@/lib/page/page-browser-slot');
  delete (globalThis as Record<symbol, unknown>)[SHARED_BROWSER];
  await expect(import('@/lib/page/shared-browser')).rejects.toThrow(/no browser namespace/);
});
