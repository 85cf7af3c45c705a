/**
 * Where the settings live in extension storage. Apart from storage.ts, which brings the settings'
 * schemas with it, so that the background can watch these keys for frames that have not loaded
 * them (lib/background/settings-notice.ts) without loading them.
 */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** In local: "local" while the settings live in local storage. */
  area: 'settingsArea',
  /** In local: the fingerprint of the problems the user dismissed. */
  dismissed: 'settingsNoticeDismissed',
} as const;

/** Every change of the stored settings, in either area. */
export const SETTINGS_CHANGE_KEYS: readonly string[] = [STORAGE_KEYS.settings, STORAGE_KEYS.area];
