/**
 * The storage reads the settings need, started together: content.js starts them as it starts
 * importing its engine, so they come back while content-main.js is fetched and parsed rather than
 * after (lib/settings/storage.ts parses them). Until the engine's own watch takes over
 * (`handOver`), a change of the settings in the meantime is noted, so the engine reads them again
 * rather than start with what the reads brought. No imports: content.js carries this file.
 */
/** What a storage area's `get` answers. */
export type Items = Record<string, unknown>;

/** Where the settings live in extension storage. */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** In local: "local" while the settings live in local storage. */
  area: 'settingsArea',
  /** In local: the fingerprint of the problems the user dismissed. */
  dismissed: 'settingsNoticeDismissed',
} as const;
export const LOCAL_KEYS = Object.values(STORAGE_KEYS);

/** A `storage.onChanged` listener. */
export type ChangeListener = (changes: Items, areaName: string) => void;

export interface SettingsReadsApi {
  local: { get(keys: string | string[]): Promise<Items> };
  sync?: { get(keys: string | string[]): Promise<Items> };
  onChanged?: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

/** Whether a storage change touches the settings (either area), as the settings' watch reads it. */
export const touchesSettings = (changes: Items, areaName: string): boolean =>
  (areaName === 'sync' || areaName === 'local') && LOCAL_KEYS.some((key) => Object.hasOwn(changes, key));

export interface SettingsReads {
  /** storage.local's settings keys; a failed read rejects, as a lone read would. */
  readonly local: Promise<Items>;
  /** The settings stored in sync, undefined where sync is missing, empty or unreadable. */
  readonly sync: Promise<unknown>;
  /**
   * Ends the noting of changes and says whether the settings changed since the reads started.
   * With `next`, the listener the reads registered is kept and calls `next` on every later change,
   * until `stop`: a listener added in its place could miss a change made while it is registered
   * (Firefox registers each one in its parent process, asynchronously, and the reads' own would
   * already be gone). Without, the listener is removed. Undefined once handed over, or where there
   * is no `onChanged`: the caller registers its own.
   */
  handOver(next?: ChangeListener): { changed: boolean; stop(): void } | undefined;
}

/** Changes are noted only where `api` has `onChanged`, until `handOver`. */
export function startSettingsReads(api: SettingsReadsApi): SettingsReads {
  const sync = api.sync
    ? api.sync.get(STORAGE_KEYS.settings).then(
        (items) => items[STORAGE_KEYS.settings],
        () => undefined,
      )
    : Promise.resolve(undefined);
  const { onChanged } = api;
  let changed = false;
  let next: ChangeListener | undefined;
  let handed = false;
  const listener: ChangeListener = (changes, areaName) => {
    if (next) next(changes, areaName);
    else if (touchesSettings(changes, areaName)) changed = true;
  };
  onChanged?.addListener(listener);
  const stop = () => onChanged?.removeListener(listener);
  return {
    local: api.local.get(LOCAL_KEYS),
    sync,
    handOver(taker) {
      if (handed || !onChanged) return undefined;
      handed = true;
      next = taker;
      if (!taker) stop();
      return { changed, stop: taker ? stop : () => undefined };
    },
  };
}
