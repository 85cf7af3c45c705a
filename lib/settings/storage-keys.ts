/**
 * Where the settings live in extension storage. Apart from storage.ts, which brings the settings'
 * schemas with it, so that the small content script every frame runs can watch these keys too
 * (entrypoints/content/index.ts) without loading them.
 */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** In local: "local" while the settings live in local storage. */
  area: 'settingsArea',
  /** In local: the fingerprint of the problems the user dismissed. */
  dismissed: 'settingsNoticeDismissed',
} as const;
