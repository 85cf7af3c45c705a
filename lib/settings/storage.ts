import { browser } from 'wxt/browser';
import {
  applyChange,
  serialQueue,
  type LoadedSettings,
  type SettingsArea,
  type SettingsStorage,
} from './adapter';
import {
  pageKey,
  pagesToEvict,
  parseHiddenIndex,
  parseHiddenPage,
  withHidden,
  type HiddenOccurrence,
} from './hidden-occurrences';
import { parseSettings } from './parse';
import { problemsFingerprint } from './problems';
import { defaultSettings, type Settings } from './schema';

/**
 * The only code that touches browser.storage. Settings live in storage.sync under one key, so
 * they follow the user between browsers; when sync is missing, throws, or is over quota (one item
 * may hold 8 KB, and a long site list exceeds that), they go to storage.local with a marker saying
 * local is in use, and every later save tries sync again first. Reading never writes: a corrupt
 * value stays as it was stored until the user saves, so nothing is lost to a bad read.
 */
type Items = Record<string, unknown>;
type ChangeListener = (changes: Items, areaName: string) => void;
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

export const STORAGE_KEYS = {
  settings: 'settings',
  /** In local: "local" while the settings live in local storage. */
  area: 'settingsArea',
  /** In local: the fingerprint of the problems the user dismissed. */
  dismissed: 'settingsNoticeDismissed',
} as const;
const LOCAL_KEYS = Object.values(STORAGE_KEYS);

export function createBrowserSettingsStorage(api: StorageApi = browser.storage): SettingsStorage {
  const serial = serialQueue();

  async function readStored(): Promise<{ raw: unknown; area: SettingsArea; dismissed: unknown }> {
    const local = await api.local.get(LOCAL_KEYS);
    const dismissed = local[STORAGE_KEYS.dismissed];
    const localRaw = local[STORAGE_KEYS.settings];
    if (local[STORAGE_KEYS.area] === 'local' && localRaw !== undefined) {
      return { raw: localRaw, area: 'local', dismissed };
    }
    const synced = await readSync();
    if (synced !== undefined) return { raw: synced, area: 'sync', dismissed };
    // Sync unreadable or empty: a local copy (even one without its marker) beats the defaults.
    if (localRaw !== undefined) return { raw: localRaw, area: 'local', dismissed };
    return { raw: undefined, area: api.sync ? 'sync' : 'local', dismissed };
  }

  async function readSync(): Promise<unknown> {
    if (!api.sync) return undefined;
    try {
      return (await api.sync.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
    } catch {
      return undefined;
    }
  }

  async function load(): Promise<LoadedSettings> {
    const { raw, area, dismissed } = await readStored();
    const { settings, problems } = parseSettings(raw);
    const seen = problems.length > 0 && dismissed === problemsFingerprint(problems);
    return { settings, problems: seen ? [] : problems, area };
  }

  async function write(settings: Settings): Promise<LoadedSettings> {
    const stored = JSON.parse(JSON.stringify(settings)) as Items;
    if (api.sync) {
      try {
        await api.sync.set({ [STORAGE_KEYS.settings]: stored });
        await removePresent(LOCAL_KEYS);
        return { settings, problems: [], area: 'sync' };
      } catch {
        // Quota, sync disabled, or no sync in this browser: this device keeps the settings instead.
      }
    }
    await api.local.set({ [STORAGE_KEYS.settings]: stored, [STORAGE_KEYS.area]: 'local' });
    await removePresent([STORAGE_KEYS.dismissed]);
    return { settings, problems: [], area: 'local' };
  }

  // Browsers fire no change event for removing an absent key, but fakes do; only remove what is there.
  async function removePresent(keys: string[]): Promise<void> {
    const present = await api.local.get(keys);
    const stale = keys.filter((key) => present[key] !== undefined);
    if (stale.length > 0) await api.local.remove(stale);
  }

  return {
    load,
    save: (change) => serial(async () => write(applyChange((await load()).settings, change))),
    replace: (settings) => serial(() => write(applyChange(settings, {}))),
    reset: () => serial(() => write(defaultSettings())),
    dismissProblems: async (problems) => {
      await api.local.set({ [STORAGE_KEYS.dismissed]: problemsFingerprint(problems) });
    },
    watch(callback) {
      let latest = 0;
      const listener: ChangeListener = (changes, areaName) => {
        if (areaName !== 'sync' && areaName !== 'local') return;
        if (!LOCAL_KEYS.some((key) => Object.hasOwn(changes, key))) return;
        // Reload rather than trust `newValue`: which area is in use may just have changed.
        const ticket = ++latest;
        load().then(
          (loaded) => ticket === latest && callback(loaded),
          () => undefined,
        );
      };
      api.onChanged.addListener(listener);
      return () => api.onChanged.removeListener(listener);
    },
  };
}

let shared: SettingsStorage | undefined;
const settingsStorage = () => (shared ??= createBrowserSettingsStorage());

export const loadSettings = () => settingsStorage().load();
export const saveSettings: SettingsStorage['save'] = (change) => settingsStorage().save(change);
export const replaceSettings: SettingsStorage['replace'] = (settings) => settingsStorage().replace(settings);
export const resetSettings = () => settingsStorage().reset();
export const watchSettings: SettingsStorage['watch'] = (callback) => settingsStorage().watch(callback);
export const dismissSettingsProblems: SettingsStorage['dismissProblems'] = (problems) =>
  settingsStorage().dismissProblems(problems);

const HIDDEN_PAGE_PREFIX = 'hidden:';
const HIDDEN_INDEX = 'hiddenPages';

/** The "not the mineral here" lists, one storage.local key per page, so a page reads only its own. */
export function createHiddenOccurrenceStorage(api: Pick<StorageApi, 'local'> = browser.storage) {
  const keyFor = (url: string) => {
    const page = pageKey(url);
    return page === null ? null : { page, key: HIDDEN_PAGE_PREFIX + page };
  };
  const serial = serialQueue();
  return {
    async load(url: string): Promise<HiddenOccurrence[]> {
      const target = keyFor(url);
      if (!target) return [];
      return parseHiddenPage((await api.local.get(target.key))[target.key]).items;
    },
    /** Remembers one more hidden occurrence; forgets the least recently used pages past the cap. */
    hide: (url: string, occurrence: HiddenOccurrence, now = Date.now()) =>
      serial(async (): Promise<HiddenOccurrence[]> => {
        const target = keyFor(url);
        if (!target) return [];
        const stored = await api.local.get([target.key, HIDDEN_INDEX]);
        const page = withHidden(parseHiddenPage(stored[target.key]), occurrence, now);
        const index = parseHiddenIndex(stored[HIDDEN_INDEX]);
        index[target.page] = now;
        const evicted = pagesToEvict(index);
        for (const old of evicted) delete index[old];
        await api.local.set({ [target.key]: page, [HIDDEN_INDEX]: { ...index } });
        if (evicted.length > 0) await api.local.remove(evicted.map((old) => HIDDEN_PAGE_PREFIX + old));
        return page.items;
      }),
    /** Shows every hidden occurrence on the page again. */
    unhideAll: (url: string) =>
      serial(async (): Promise<void> => {
        const target = keyFor(url);
        if (!target) return;
        const index = parseHiddenIndex((await api.local.get(HIDDEN_INDEX))[HIDDEN_INDEX]);
        delete index[target.page];
        await api.local.set({ [HIDDEN_INDEX]: { ...index } });
        await api.local.remove(target.key);
      }),
  };
}
