import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMemorySettingsStorage } from '@/lib/settings/memory-storage';
import { SETTINGS_VERSION, defaultSettings } from '@/lib/settings/schema';
import { createSettingsWriter } from '@/lib/settings/settings-writer';
import { createBrowserSettingsStorage } from '@/lib/settings/storage';
import { createSettingsStore } from '@/lib/settings/store';
import { exportSettings } from '@/lib/settings/transfer';

const corrupt = { version: SETTINGS_VERSION, style: 'glow', trigger: 'click' };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createSettingsStore', () => {
  test('starts loading with defaults, then holds the stored settings and their problems', async () => {
    const store = createSettingsStore(createMemorySettingsStorage(corrupt));
    expect(store.getSnapshot()).toMatchObject({ status: 'loading', settings: defaultSettings() });
    await store.ready;
    expect(store.getSnapshot()).toMatchObject({
      status: 'ready',
      settings: { trigger: 'click', style: 'underline' },
      problems: [{ code: 'unknown-value', field: 'style' }],
      saveFailed: false,
    });
  });

  test('update shows the change at once, stores it, and notifies subscribers', async () => {
    const storage = createMemorySettingsStorage();
    const store = createSettingsStore(storage);
    await store.ready;
    const listener = vi.fn();
    store.subscribe(listener);
    const saving = store.update({ dwellMs: 500 });
    expect(store.getSnapshot().settings.dwellMs).toBe(500);
    expect(await saving).toBe(true);
    expect(storage.stored).toMatchObject({ dwellMs: 500 });
    expect(listener).toHaveBeenCalled();
  });

  test('a failed save reverts the change and says so; the next good save clears the flag', async () => {
    const storage = createMemorySettingsStorage();
    const store = createSettingsStore(storage);
    await store.ready;
    storage.failWrites = true;
    expect(await store.update({ enabled: false })).toBe(false);
    expect(store.getSnapshot()).toMatchObject({ saveFailed: true, settings: { enabled: true } });
    storage.failWrites = false;
    expect(await store.update({ enabled: false })).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ saveFailed: false, settings: { enabled: false } });
  });

  test('an invalid change is refused without touching storage', async () => {
    const storage = createMemorySettingsStorage();
    const store = createSettingsStore(storage);
    await store.ready;
    expect(await store.update({ threshold: 3 })).toBe(false);
    expect(storage.stored).toBeUndefined();
    expect(store.getSnapshot().settings.threshold).toBe(0.5);
  });

  test('problems stay shown after a save, until dismissed', async () => {
    const store = createSettingsStore(createMemorySettingsStorage(corrupt));
    await store.ready;
    await store.update({ enabled: false });
    expect(store.getSnapshot().problems).toHaveLength(1);
    await store.dismissProblems();
    expect(store.getSnapshot().problems).toEqual([]);
  });

  test('dismissed problems stay dismissed when the panel opens again', async () => {
    const storage = createMemorySettingsStorage(corrupt);
    const store = createSettingsStore(storage);
    await store.ready;
    await store.dismissProblems();
    expect(store.getSnapshot().problems).toEqual([]);
    // The panel opens again later (a new store on the same storage): still dismissed.
    const reopened = createSettingsStore(storage);
    await reopened.ready;
    expect(reopened.getSnapshot().problems).toEqual([]);
  });

  test('a refused import changes nothing; an accepted one replaces every setting', async () => {
    const storage = createMemorySettingsStorage({ ...defaultSettings(), trigger: 'click' });
    const store = createSettingsStore(storage);
    await store.ready;
    const before = storage.stored;
    const refused = await store.importFile('{"mineralLensSettings": 3, "settings": {"style": "glow"}}');
    expect(refused).toMatchObject({ status: 'refused', error: { code: 'invalid' } });
    expect(storage.stored).toBe(before);
    expect(store.getSnapshot().settings.trigger).toBe('click');

    const text = exportSettings({ ...defaultSettings(), style: 'background' });
    expect(await store.importFile(text)).toEqual({ status: 'imported' });
    expect(store.getSnapshot().settings).toEqual({ ...defaultSettings(), style: 'background' });
    expect(storage.stored).toEqual({ ...defaultSettings(), style: 'background' });
  });

  test('reset puts every setting back to its default', async () => {
    const store = createSettingsStore(
      createMemorySettingsStorage({ ...defaultSettings(), sites: ['a.com'] }),
    );
    await store.ready;
    expect(await store.reset()).toBe(true);
    expect(store.getSnapshot().settings).toEqual(defaultSettings());
  });

  test('on browser storage, a change made in another context reaches the store live', async () => {
    const store = createSettingsStore(
      createBrowserSettingsStorage(fakeBrowser.storage, createSettingsWriter()),
    );
    await store.ready;
    await createSettingsWriter().change({ style: 'background' });
    await vi.waitFor(() => expect(store.getSnapshot().settings.style).toBe('background'));
    store.dispose();
  });
});
