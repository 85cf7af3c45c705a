import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LoadedSettings } from '@/lib/settings/adapter';
import { SETTINGS_VERSION, defaultSettings } from '@/lib/settings/schema';
import { createSettingsWriter } from '@/lib/settings/settings-writer';
import {
  STORAGE_KEYS,
  createBrowserSettingsStorage,
  createSettingsReader,
  loadSettings,
  watchSettings,
  type StorageApi,
} from '@/lib/settings/storage';
import { startSettingsReads, type ChangeListener } from '@/lib/settings/settings-reads';

const quotaError = () => new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
const stored = async (area: 'sync' | 'local') => fakeBrowser.storage[area].get(null as unknown as string[]);
const settingsIn = async (area: 'sync' | 'local') => (await stored(area))[STORAGE_KEYS.settings];

/** fakeBrowser's storage, with sync replaced or failing as a test needs. */
function storageWith(sync: StorageApi['sync'] | 'missing'): StorageApi {
  return {
    local: fakeBrowser.storage.local,
    sync: sync === 'missing' ? undefined : sync,
    onChanged: fakeBrowser.storage.onChanged,
  };
}

/** fakeBrowser's sync area, refusing what Chrome would refuse: an item over 8 KB. */
function quotaLimitedSync(maxItemBytes = 8192): StorageApi['sync'] {
  const sync = fakeBrowser.storage.sync;
  return {
    get: (keys) => sync.get(keys),
    remove: (keys) => sync.remove(keys),
    async set(items) {
      if (JSON.stringify(items).length > maxItemBytes) throw quotaError();
      await sync.set(items);
    },
  };
}

/** The panel's storage, writing through the background's writer (called directly here). */
const storageOn = (api: StorageApi = fakeBrowser.storage) =>
  createBrowserSettingsStorage(api, createSettingsWriter(api));
const saveSettings = (change: Parameters<ReturnType<typeof storageOn>['save']>[0]) =>
  storageOn().save(change);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage on browser.storage', () => {
  test('a fresh install loads the defaults from sync, with no problems', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), problems: [], area: 'sync' });
  });

  test('saves a patch to storage.sync and reads it back; other fields keep their values', async () => {
    await saveSettings({ style: 'background' });
    await saveSettings({ op: 'toggle-site', hostname: 'www.example.com' });
    const expected = { ...defaultSettings(), style: 'background', sites: ['example.com'] };
    expect(await settingsIn('sync')).toEqual(expected);
    expect(await settingsIn('local')).toBeUndefined();
    expect(await loadSettings()).toEqual({ settings: expected, problems: [], area: 'sync' });
  });

  test('an invalid patch is refused and nothing is written', async () => {
    await saveSettings({ trigger: 'click' });
    await expect(saveSettings({ dwellMs: -1 })).rejects.toThrow();
    await expect(saveSettings({ style: 'glow' as 'underline' })).rejects.toThrow();
    expect((await loadSettings()).settings.trigger).toBe('click');
    expect((await loadSettings()).settings.dwellMs).toBe(150);
  });

  test('reading a corrupt value reports it once per problem set and never rewrites it', async () => {
    const corrupt = { version: SETTINGS_VERSION, style: 'glow', trigger: 'click', sites: ['ok.com', 7] };
    await fakeBrowser.storage.sync.set({ settings: corrupt });
    const storage = storageOn();
    const first = await storage.load();
    expect(first.settings).toMatchObject({ style: 'underline', trigger: 'click', sites: ['ok.com'] });
    expect(first.problems).toHaveLength(2);
    expect(await settingsIn('sync')).toEqual(corrupt);

    await storage.dismissProblems(first.problems);
    expect((await storage.load()).problems).toEqual([]);
    expect(await settingsIn('sync')).toEqual(corrupt);

    // A different problem is news again.
    await fakeBrowser.storage.sync.set({ settings: { ...corrupt, dwellMs: 'x' } });
    expect((await storage.load()).problems).toHaveLength(3);
  });

  test('saving after a corrupt read keeps every valid field and repairs the rest', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { version: SETTINGS_VERSION, style: 'glow', trigger: 'click', sites: ['ok.com', 7] },
    });
    await saveSettings({ enabled: false });
    expect(await settingsIn('sync')).toEqual({
      ...defaultSettings(),
      enabled: false,
      trigger: 'click',
      sites: ['ok.com'],
    });
  });

  test('reads and upgrades an older stored shape without writing it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { mode: 'first', disabledSites: ['x.com'] } });
    const { settings, problems } = await loadSettings();
    expect(settings).toMatchObject({ firstMentionOnly: true, sites: ['x.com'], version: SETTINGS_VERSION });
    expect(problems).toEqual([]);
    expect(await settingsIn('sync')).toEqual({ mode: 'first', disabledSites: ['x.com'] });
  });

  test('reset writes the defaults, in sync', async () => {
    const storage = storageOn();
    await storage.save({ enabled: false, sites: ['a.com'] });
    expect(await storage.reset()).toEqual({ settings: defaultSettings(), problems: [], area: 'sync' });
    expect(await settingsIn('sync')).toEqual(defaultSettings());
  });
});

describe('sync to local fallback', () => {
  test('when sync is over quota, the settings go to local, marked, and are read from there', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), trigger: 'click' } });
    const storage = storageOn(storageWith(quotaLimitedSync(0)));

    const saved = await storage.save({ style: 'background' });
    expect(saved.area).toBe('local');
    expect(await stored('local')).toMatchObject({
      settingsArea: 'local',
      settings: { style: 'background' },
    });
    expect(await storage.load()).toMatchObject({ area: 'local', settings: { style: 'background' } });
    // The other devices' copy in sync is left alone.
    expect(await settingsIn('sync')).toMatchObject({ trigger: 'click', style: 'underline' });
  });

  test('a site list too big for one sync item falls back, and the next small save returns to sync', async () => {
    const storage = storageOn(storageWith(quotaLimitedSync()));
    const sites = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.com`);

    expect((await storage.save({ sites })).area).toBe('local');
    expect((await storage.load()).settings.sites).toEqual(sites);
    expect((await storage.save({ sites: sites.slice(0, 10) })).area).toBe('sync');
    expect(await stored('local')).toEqual({});
    expect(await storage.load()).toMatchObject({ area: 'sync', settings: { sites: sites.slice(0, 10) } });
  });

  test('when sync throws on every call (disabled), reads and writes use local', async () => {
    const broken = {
      get: vi.fn().mockRejectedValue(new Error('storage.sync is disabled')),
      set: vi.fn().mockRejectedValue(new Error('storage.sync is disabled')),
      remove: vi.fn().mockRejectedValue(new Error('storage.sync is disabled')),
    };
    const storage = storageOn(storageWith(broken));
    expect((await storage.load()).settings).toEqual(defaultSettings());
    expect(await storage.save({ threshold: 0.8 })).toMatchObject({
      area: 'local',
      settings: { threshold: 0.8 },
    });
    expect((await storage.load()).settings.threshold).toBe(0.8);
  });

  test('when the browser has no storage.sync at all, local is used from the start', async () => {
    const storage = storageOn(storageWith('missing'));
    expect((await storage.load()).area).toBe('local');
    expect((await storage.save({ trigger: 'click' })).area).toBe('local');
    expect((await storage.load()).settings.trigger).toBe('click');
  });

  test('the marked local copy wins over an older sync copy; without the marker sync wins', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), style: 'background' } });
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), trigger: 'click' },
      settingsArea: 'local',
    });
    expect((await loadSettings()).settings).toMatchObject({ style: 'underline', trigger: 'click' });
    await fakeBrowser.storage.local.remove('settingsArea');
    expect((await loadSettings()).settings).toMatchObject({ style: 'background', trigger: 'hover' });
  });

  test('a local copy is used when sync has nothing (sync data cleared or unavailable)', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), trigger: 'click' } });
    expect(await loadSettings()).toMatchObject({ area: 'local', settings: { trigger: 'click' } });
  });
});

describe('watchSettings', () => {
  test('delivers parsed settings when another context saves, in sync or local', async () => {
    const seen: LoadedSettings[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded));
    await fakeBrowser.storage.sync.set({
      settings: { version: SETTINGS_VERSION, style: 'background', dwellMs: 'x' },
    });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({
      settings: { ...defaultSettings(), style: 'background' },
      problems: [{ code: 'invalid-value', field: 'dwellMs' }],
      area: 'sync',
    });
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), trigger: 'click' },
      settingsArea: 'local',
    });
    await vi.waitFor(() => expect(seen.at(-1)?.settings.trigger).toBe('click'));
    stop();
    await saveSettings({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.every((loaded) => loaded.settings.enabled)).toBe(true);
  });

  test('ignores other keys and other areas', async () => {
    const callback = vi.fn();
    watchSettings(callback);
    await fakeBrowser.storage.local.set({ 'hidden:https://example.com/': {} });
    await fakeBrowser.storage.session.set({ settings: { enabled: false } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callback).not.toHaveBeenCalled();
  });

  test('the last delivered value is the final state, even across a switch back to sync', async () => {
    const storage = storageOn(storageWith(quotaLimitedSync()));
    const seen: LoadedSettings[] = [];
    storage.watch((loaded) => seen.push(loaded));
    await storage.save({ sites: Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.com`) });
    await storage.save({ sites: ['one.example'] });
    await vi.waitFor(() =>
      expect(seen.at(-1)).toMatchObject({ area: 'sync', settings: { sites: ['one.example'] } }),
    );
  });
});

// content.js starts the settings' reads as it starts importing the engine (lib/settings/settings-reads.ts);
// the engine parses what they bring back.
describe('settings read from reads started earlier', () => {
  test('the engine gets the settings the reads brought back, as a read of its own would', async () => {
    await saveSettings({ style: 'background' });
    const reads = startSettingsReads(fakeBrowser.storage);
    expect(await loadSettings(reads)).toEqual(await loadSettings());
    expect((await loadSettings(reads)).settings.style).toBe('background');
  });

  test('both areas are asked at once: sync does not wait for local to answer', async () => {
    let answerLocal: () => void = () => undefined;
    const asked: string[] = [];
    const api = {
      local: {
        get: (keys: string | string[]) => {
          asked.push('local');
          return new Promise<Record<string, unknown>>((resolve) => {
            answerLocal = () => resolve(fakeBrowser.storage.local.get(keys));
          });
        },
      },
      sync: {
        get: (keys: string | string[]) => (asked.push('sync'), fakeBrowser.storage.sync.get(keys)),
      },
    };
    await saveSettings({ style: 'background' });
    const loaded = loadSettings(startSettingsReads(api));
    expect(asked.sort()).toEqual(['local', 'sync']);
    answerLocal();
    expect((await loaded).settings.style).toBe('background');
  });

  test('an unreadable sync area reads as the local copy or the defaults, as before', async () => {
    const failing = { get: () => Promise.reject(new Error('sync is off')) };
    const reads = startSettingsReads({ local: fakeBrowser.storage.local, sync: failing });
    expect(await loadSettings(reads)).toEqual({ settings: defaultSettings(), problems: [], area: 'sync' });
  });
});

// Between content.js's early reads and the engine's watch lie the import's 30-50 ms: a change
// made then must not leave the page on the settings the reads brought.
describe("the engine's watch takes over from the early reads", () => {
  const styles = (seen: string[]) => (loaded: LoadedSettings) => seen.push(loaded.settings.style);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  test('settings changed after the reads started are read again when the watch begins', async () => {
    const reads = startSettingsReads(fakeBrowser.storage);
    const early = await loadSettings(reads);
    await saveSettings({ style: 'background' });
    const seen: string[] = [];
    const stop = watchSettings(styles(seen), reads);
    await vi.waitFor(() => expect(seen).toEqual(['background']));
    expect(early.settings.style).not.toBe('background');
    stop();
  });

  test('with no change meanwhile, nothing is read again, and a later change is heard once', async () => {
    const reads = startSettingsReads(fakeBrowser.storage);
    await loadSettings(reads);
    const seen: string[] = [];
    const stop = watchSettings(styles(seen), reads);
    await settle();
    expect(seen).toEqual([]);
    await saveSettings({ style: 'background' });
    await vi.waitFor(() => expect(seen).toEqual(['background']));
    await settle();
    expect(seen).toEqual(['background']); // One listener, the reads', now the watch's: heard once.
    stop();
    await saveSettings({ style: 'underline' });
    await settle();
    expect(seen).toEqual(['background']); // Stopped: the listener is gone.
  });

  test('writes to other keys (the notebook, hidden occurrences) are not taken for a change', async () => {
    const reads = startSettingsReads(fakeBrowser.storage);
    await fakeBrowser.storage.local.set({ 'hidden:example.org/a': [] });
    expect(reads.handOver()?.changed).toBe(false);
  });

  // Firefox registers a content script's storage listener in its parent process, asynchronously: a
  // listener added at the watch and the reads' removed at once left a moment with neither, and a
  // page opened with its site off stayed unpainted when the reader switched it on then.
  test('a change made as the watch begins is heard, where a new listener takes a while to register', async () => {
    const live = new Set<ChangeListener>();
    const registering = new Set<ChangeListener>();
    const onChanged = {
      addListener(listener: ChangeListener) {
        registering.add(listener);
        setTimeout(() => registering.delete(listener) && live.add(listener), 10);
      },
      removeListener(listener: ChangeListener) {
        registering.delete(listener);
        live.delete(listener);
      },
    };
    const api: StorageApi = { ...fakeBrowser.storage, onChanged };
    const reads = startSettingsReads(api);
    const early = await loadSettings(reads);
    await settle(); // The reads' listener is registered long before the engine has loaded.
    const seen: string[] = [];
    const stop = createSettingsReader(api).watch(styles(seen), reads);
    await saveSettings({ style: 'background' });
    for (const listener of live) listener({ [STORAGE_KEYS.settings]: {} }, 'sync');
    await vi.waitFor(() => expect(seen).toEqual(['background']));
    expect(early.settings.style).not.toBe('background');
    stop();
    expect([...live, ...registering]).toEqual([]);
  });
});

test('reading the settings leaves no storage listener behind (the background reads them per probe)', async () => {
  const added: unknown[] = [];
  const api: StorageApi = {
    ...fakeBrowser.storage,
    onChanged: {
      addListener: (listener) => void added.push(listener),
      removeListener: () => undefined,
    },
  };
  const reader = createBrowserSettingsStorage(api);
  await reader.load();
  await reader.load();
  expect(added).toEqual([]);
});
