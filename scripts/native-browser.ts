// The page scripts' `wxt/browser` without the cost of importing webextension-polyfill as an ES
// module in every frame (lib/page/page-browser.ts says why and what it does instead).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const module = (name: string) => fileURLToPath(new URL(`../lib/page/${name}.ts`, import.meta.url));
/** content.js chooses the namespace; the scripts it imports take the one it chose. */
const CHOOSES = module('page-browser');
const SHARES = module('shared-browser');
/** What `wxt/browser` resolves to once WXT's polyfill module has aliased it. */
const POLYFILL_EXPORT = '@wxt-dev/webextension-polyfill/browser';

/** The entrypoints that run in pages, whose builds get this plugin (wxt.config.ts). */
export const PAGE_ENTRYPOINTS = new Set(['content', 'content-main', 'card-ui']);
/** Of those, the ones content.js imports into its own world (lib/page/lazy-script.ts). */
export const IMPORTED_ENTRYPOINTS = new Set(['content-main', 'card-ui']);

/** `imported`: a build of scripts content.js imports (content-main, card-ui), not content.js itself. */
export function nativeBrowser(imported: boolean): Plugin {
  const target = imported ? SHARES : CHOOSES;
  return {
    name: 'mineral-lens:native-browser',
    enforce: 'pre',
    resolveId(id) {
      return id === POLYFILL_EXPORT || id === 'wxt/browser' ? target : null;
    },
  };
}
