import { browser } from 'wxt/browser';
import { applyChange, serialQueue, type LoadedSettings, type SettingsChange } from './adapter';
import { setSiteHighlighting, type SiteOffResult } from './sites';
import { defaultSettings, type Settings } from './schema';
import { LOCAL_KEYS, STORAGE_KEYS } from './settings-reads';
import { createSettingsReader, type StorageApi } from './storage';

/**
 * The one writer of the settings: lives in the background, so one queue serialises every change
 * from every panel, tab and frame, and each change is applied to the value stored at that moment.
 * Settings go to storage.sync; when sync is missing, throws or is over quota they go to
 * storage.local with a marker saying local is in use, and every later write tries sync again.
 * That fallback is for the reader's own panel actions only: a change asked for by a page (the
 * card's "don't highlight on this site") that would not fit in sync is refused instead, so a page
 * can never move the reader's settings off sync.
 */

/** chrome.storage.sync's QUOTA_BYTES_PER_ITEM, measured as key length + JSON length. */
export const SYNC_ITEM_BYTES = 8192;
/**
 * What a page's change may grow the settings to: a kilobyte short of the quota, kept for the
 * reader's own edits, so a page that filled the list to the brim cannot make the reader's next
 * colour change the one that spills the settings out of sync.
 */
export const PAGE_WRITE_BYTES = SYNC_ITEM_BYTES - 1024;

export const syncItemBytes = (settings: Settings) =>
  STORAGE_KEYS.settings.length + JSON.stringify(settings).length;

export type { SiteOffResult };

export function createSettingsWriter(api: StorageApi = browser.storage) {
  const reader = createSettingsReader(api);
  const serial = serialQueue();

  async function write(settings: Settings): Promise<LoadedSettings> {
    const stored = JSON.parse(JSON.stringify(settings)) as Record<string, unknown>;
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
    /** The reader's change from the panel; rejects, changing nothing, if the result is invalid. */
    change: (change: SettingsChange) =>
      serial(async () => write(applyChange((await reader.load()).settings, change))),
    /** An accepted import. */
    replace: (settings: Settings) => serial(() => write(applyChange(settings, {}))),
    reset: () => serial(() => write(defaultSettings())),
    /**
     * "Don't highlight on this site" from a page's card, for the hostname the browser says the
     * frame is on. Checked against sync's quota before anything is written.
     */
    siteOff: (hostname: string) =>
      serial(async (): Promise<SiteOffResult> => {
        const { settings, area } = await reader.load();
        const result = setSiteHighlighting(settings, hostname, false);
        if (!result.ok) return result;
        if (result.sites === settings.sites) return { ok: true };
        const next = applyChange(settings, { sites: result.sites });
        if (area === 'sync' && api.sync && syncItemBytes(next) > PAGE_WRITE_BYTES) {
          return { ok: false, reason: 'quota' };
        }
        await write(next);
        return { ok: true };
      }),
  };
}

export type SettingsWriter = ReturnType<typeof createSettingsWriter>;
