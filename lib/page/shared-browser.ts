import type { browser as wxtBrowser } from 'wxt/browser';
import { SHARED_BROWSER } from './page-browser-slot';

/**
 * `wxt/browser` in the scripts the content script imports (content-main.js, card-ui.js; swapped in
 * by scripts/native-browser.ts): the namespace content.js already chose (page-browser.ts), read
 * from the content script's world. They run only in that world, imported by content.js, so they
 * need neither the test nor a copy of webextension-polyfill, which was some 10 kB of each script
 * for the browser to fetch and parse before the engine could start.
 */
type Browser = typeof wxtBrowser;

const shared = (globalThis as Record<symbol, Browser | undefined>)[SHARED_BROWSER];
if (!shared) throw new Error('Imported outside the content script: no browser namespace to share.');

export const browser: Browser = shared;
