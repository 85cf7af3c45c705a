import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compactPageScripts } from './scripts/compact-page-scripts';
import { IMPORTED_ENTRYPOINTS, nativeBrowser, PAGE_ENTRYPOINTS } from './scripts/native-browser';

// Browser floors, each set by an API the content script cannot do without:
// - Chrome 128: caretPositionFromPoint (hit-testing); the Highlight API and Popover API are older.
// - Firefox 140: the CSS Custom Highlight API (::highlight) first shipped there; 140 is an ESR.
const MIN_CHROME = '128';
const MIN_FIREFOX = '140.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // ML_NO_MINIFY=1 keeps function names, for the start-up phase profile (scripts/bench/start-up-phases.ts).
  vite: () => ({
    plugins: [preact(), compactPageScripts()],
    ...(process.env.ML_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // The scripts that run in pages take the browser's own `browser` namespace when it has one.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => PAGE_ENTRYPOINTS.has(entrypoint.name))) return;
      const imported = entrypoints.every((entrypoint) => IMPORTED_ENTRYPOINTS.has(entrypoint.name));
      config.plugins = [nativeBrowser(imported), ...(config.plugins ?? [])];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Look up in Mineral Lens" on selected text (Firefox accepts it as `menus`).
    // alarms: the looked-up text is removed when its minute is up, even if the service worker
    // was suspended meanwhile (no install warning in either browser).
    permissions: ['storage', 'contextMenus', 'alarms'],
    // Scripts the content script imports when it needs them (entrypoints/content/lazy-script.ts):
    // its bulk in frames with text, the card's UI when a card first opens. Chrome serves them
    // under a per-session address (use_dynamic_url), so a page cannot fetch the extension's fixed
    // address to learn that it is installed; Firefox's address is per install.
    web_accessible_resources: [
      {
        resources: ['content-main.js', 'card-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Keyboard access to the card without the panel: step through the page's highlights. Alt+Shift
    // with . and , is free in Chrome and Firefox; readers can change it in either browser's
    // extension shortcut settings. Descriptions are shown there (and localised).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mineral-lens@mineral-lens.org',
              strict_min_version: MIN_FIREFOX,
              // Firefox's built-in data consent: this extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: MIN_CHROME }),
  }),
});
