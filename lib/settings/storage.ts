import { browser } from 'wxt/browser';
import type { LoadedSettings, SettingsArea, SettingsStorage } from './adapter';
import { isExpired, pageKey, parseHiddenPage, type HiddenOccurrence } from './hidden-occurrences';
import { parseSettings } from './parse';
import { problemsFingerprint, type SettingsProblem } from './problems';
import {
  startSettingsReads,
  STORAGE_KEYS,
  touchesSettings,
  type ChangeListener,
  type Items,
  type SettingsReads,
} from './settings-reads';
import { backgroundSettingsWrites, type SettingsWrites } from './writer-client';

export { STORAGE_KEYS };

/**
 * Reading what the reader keeps in browser.storage. Settings live in storage.sync under one key,
 * so they follow the user between browsers, or in storage.local with a marker when sync is
 * missing or full (./settings-writer.ts decides). Reading never writes: a corrupt value stays as
 * it was stored until the user saves, so nothing is lost to a bad read. Writing the settings and
 * the hidden occurrences is the background's alone (./settings-writer.ts, ./hidden-writer.ts):
 * everything else asks it. This file is not the only code that touches browser.storage: it writes
 * one device-local note itself (dismissed problems, below), and the context menu's pending lookup
 * keeps its own key (lib/panel/pending-lookup.ts).
 */
export interface StorageAreaApi {
  get(keys: string | string[]): Promise<Items>;
  set(items: Items): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
/** The slice of browser.storage used here; tests pass a wrapped fake to simulate quota errors. */
export interface StorageApi {
  local: StorageAreaApi;
  sync?: StorageAreaApi;
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

/** A change of the settings themselves, in either area (not of the dismissed problems' note). */
export const SETTINGS_CHANGE_KEYS: readonly string[] = [STORAGE_KEYS.settings, STORAGE_KEYS.area];

/** Reading the settings: every context does it directly, and watches storage.onChanged. */
export function createSettingsReader(api: StorageApi = browser.storage) {
  /**
   * `reads`: reads already started (content.js starts them while it imports its engine). Reads of
   * its own get no `onChanged`: they note no changes, and leave no listener behind.
   */
  async function readStored(
    reads: SettingsReads = startSettingsReads({ local: api.local, sync: api.sync }),
  ): Promise<{ raw: unknown; area: SettingsArea; dismissed: unknown }> {
    // Both areas at once: sync is wanted unless local holds the settings with its marker.
    const local = await reads.local;
    const dismissed = local[STORAGE_KEYS.dismissed];
    const localRaw = local[STORAGE_KEYS.settings];
    if (local[STORAGE_KEYS.area] === 'local' && localRaw !== undefined) {
      return { raw: localRaw, area: 'local', dismissed };
    }
    const synced = await reads.sync;
    if (synced !== undefined) return { raw: synced, area: 'sync', dismissed };
    // Sync unreadable or empty: a local copy (even one without its marker) beats the defaults.
    if (localRaw !== undefined) return { raw: localRaw, area: 'local', dismissed };
    return { raw: undefined, area: api.sync ? 'sync' : 'local', dismissed };
  }

  /** `reads`: reads started earlier (startSettingsReads), else reads of its own. */
  async function load(reads?: SettingsReads): Promise<LoadedSettings> {
    const { raw, area, dismissed } = await readStored(reads);
    const { settings, problems } = parseSettings(raw);
    const seen = problems.length > 0 && dismissed === problemsFingerprint(problems);
    return { settings, problems: seen ? [] : problems, area };
  }

  return {
    load,
    // A note for this device only, not a setting: written here, outside the writer's queue.
    dismissProblems: async (problems: readonly SettingsProblem[]) => {
      await api.local.set({ [STORAGE_KEYS.dismissed]: problemsFingerprint(problems) });
    },
    /**
     * `since`: reads started earlier (content.js's), whose storage listener, and the changes it
     * noted meanwhile, this watch takes over.
     */
    watch(callback: (loaded: LoadedSettings) => void, since?: SettingsReads) {
      let latest = 0;
      const reload = () => {
        // Reload rather than trust `newValue`: which area is in use may just have changed.
        const ticket = ++latest;
        load().then(
          (loaded) => ticket === latest && callback(loaded),
          () => undefined,
        );
      };
      const listener: ChangeListener = (changes, areaName) => {
        if (touchesSettings(changes, areaName)) reload();
      };
      // The early reads' listener, kept: one added afresh might miss a change made meanwhile.
      const taken = since?.handOver(listener);
      if (!taken) api.onChanged.addListener(listener);
      // Settings changed between the early reads and this watch: the caller has stale ones.
      if (taken?.changed) reload();
      return taken ? taken.stop : () => api.onChanged.removeListener(listener);
    },
  };
}

/**
 * The panel's SettingsStorage: reads here, and sends every write to the background
 * (./settings-writer.ts), the only writer, as an operation applied to the latest stored value.
 */
export function createBrowserSettingsStorage(
  api: StorageApi = browser.storage,
  writes: SettingsWrites = backgroundSettingsWrites(),
): SettingsStorage {
  const reader = createSettingsReader(api);
  return {
    load: reader.load,
    save: (change) => writes.change(change),
    replace: (settings) => writes.replace(settings),
    reset: () => writes.reset(),
    dismissProblems: reader.dismissProblems,
    watch: reader.watch,
  };
}

let shared: ReturnType<typeof createSettingsReader> | undefined;
const settingsReader = () => (shared ??= createSettingsReader());

export const loadSettings = (reads?: SettingsReads) => settingsReader().load(reads);
export const watchSettings = (callback: (loaded: LoadedSettings) => void, since?: SettingsReads) =>
  settingsReader().watch(callback, since);

export const HIDDEN_PAGE_PREFIX = 'hidden:';
export const HIDDEN_INDEX = 'hiddenPages';

/**
 * A page's "not the mineral here" list, read directly (one storage.local key per page, so a page
 * reads only its own); a list older than the age limit reads as empty. Written only by the
 * background (./hidden-writer.ts).
 */
/**
 * Calls back with the page's list whenever another context changes it: the panel showing the
 * page's hidden occurrences again, Reset in Settings, a frame of another tab on the same page.
 */
export function watchHiddenOccurrences(
  url: () => string,
  callback: (items: HiddenOccurrence[]) => void,
  api: Pick<StorageApi, 'onChanged'> = browser.storage,
): () => void {
  const listener = (changes: Items, areaName: string) => {
    if (areaName !== 'local') return;
    const page = pageKey(url());
    const key = page === null ? null : HIDDEN_PAGE_PREFIX + page;
    if (key === null || !Object.hasOwn(changes, key)) return;
    const { newValue } = (changes[key] ?? {}) as { newValue?: unknown };
    callback(newValue === undefined ? [] : parseHiddenPage(newValue).items);
  };
  api.onChanged.addListener(listener);
  return () => api.onChanged.removeListener(listener);
}

export async function loadHiddenOccurrences(
  url: string,
  api: Pick<StorageApi, 'local'> = browser.storage,
  now = Date.now(),
): Promise<HiddenOccurrence[]> {
  const page = pageKey(url);
  if (page === null) return [];
  const key = HIDDEN_PAGE_PREFIX + page;
  const stored = parseHiddenPage((await api.local.get(key))[key]);
  return isExpired(stored.updatedAt, now) ? [] : stored.items;
}
