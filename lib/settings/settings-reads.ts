/**
 * The storage reads the settings need, started together: content.js starts them as it starts
 * importing its engine, so they come back while content-main.js is fetched and parsed rather than
 * after (lib/settings/storage.ts parses them). No imports but types: content.js carries this file.
 */
type Items = Record<string, unknown>;

/** Where the settings live in extension storage. */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** In local: "local" while the settings live in local storage. */
  area: 'settingsArea',
  /** In local: the fingerprint of the problems the user dismissed. */
  dismissed: 'settingsNoticeDismissed',
} as const;
export const LOCAL_KEYS = Object.values(STORAGE_KEYS);

export interface SettingsReadsApi {
  local: { get(keys: string | string[]): Promise<Items> };
  sync?: { get(keys: string | string[]): Promise<Items> };
}

export interface SettingsReads {
  /** storage.local's settings keys; a failed read rejects, as a lone read would. */
  readonly local: Promise<Items>;
  /** The settings stored in sync, undefined where sync is missing, empty or unreadable. */
  readonly sync: Promise<unknown>;
}

export function startSettingsReads(api: SettingsReadsApi): SettingsReads {
  const sync = api.sync
    ? api.sync.get(STORAGE_KEYS.settings).then(
        (items) => items[STORAGE_KEYS.settings],
        () => undefined,
      )
    : Promise.resolve(undefined);
  return { local: api.local.get(LOCAL_KEYS), sync };
}
