import type { browser as wxtBrowser } from 'wxt/browser';
import { SHARED_BROWSER } from './page-browser-slot';

/**
 * `wxt/browser` in the scripts that run in pages (content.js, content-main.js, card-ui.js; swapped
 * in by scripts/native-browser.ts): the browser's own `browser` namespace where it has one
 * (Firefox, and recent Chrome: Chromium 156 here), else webextension-polyfill's wrapper of
 * `chrome`: the very test the polyfill makes (`browser.runtime.id`), so the API is the same one.
 * Made here, the polyfill is evaluated only where it is needed. Imported as an ES module, it ran in
 * every frame, and the bundler's copy of its exports read every namespace's property descriptor,
 * which makes Chromium build namespaces no frame uses (`dom`, `extension`, `i18n`: some 0.3 ms in
 * each ad frame). The namespace chosen is left for the scripts content.js imports
 * (shared-browser.ts), which take it rather than carrying the polyfill again.
 */
type Browser = typeof wxtBrowser;

const native = (globalThis as { browser?: { runtime?: { id?: string } } }).browser;

export const browser: Browser = native?.runtime?.id
  ? (native as Browser)
  : // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated only where Chrome has no `browser`
    (require('webextension-polyfill') as Browser);

(globalThis as Record<symbol, Browser>)[SHARED_BROWSER] = browser;
