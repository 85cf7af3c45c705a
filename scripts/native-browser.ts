// The page scripts' `wxt/browser` without the cost of importing webextension-polyfill as an ES
// module in every frame (lib/page/page-browser.ts says why and what it does instead).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const MODULE = fileURLToPath(new URL('../lib/page/page-browser.ts', import.meta.url));
/** What `wxt/browser` resolves to once WXT's polyfill module has aliased it. */
const POLYFILL_EXPORT = '@wxt-dev/webextension-polyfill/browser';

/** The entrypoints that run in pages, whose builds get this plugin (wxt.config.ts). */
export const PAGE_ENTRYPOINTS = new Set(['content', 'content-main', 'card-ui']);

export function nativeBrowser(): Plugin {
  return {
    name: 'mineral-lens:native-browser',
    enforce: 'pre',
    resolveId(id) {
      return id === POLYFILL_EXPORT || id === 'wxt/browser' ? MODULE : null;
    },
  };
}
