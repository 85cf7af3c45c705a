import { MAX_LOOKUP_CHARS } from '@/lib/search/resolve-lookup';
import {
  PENDING_LOOKUP_TTL_MS,
  forgetStaleLookup,
  savePendingLookup,
  type LookupArea,
} from '@/lib/panel/pending-lookup';

export const LOOKUP_MENU_ID = 'mineral-lens-lookup';
export const LOOKUP_EXPIRY_ALARM = 'mineral-lens-lookup-expiry';

/** The slice of the extension API the context menu uses; the background passes `browser`. */
export interface LookupMenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    removeAll(): Promise<void>;
    onClicked: {
      addListener(
        listener: (
          info: { menuItemId: string | number; selectionText?: string },
          tab?: { id?: number },
        ) => void,
      ): void;
    };
  };
  runtime: {
    onInstalled: { addListener(listener: () => void): void };
    getURL(path: string): string;
  };
  action: { openPopup(): Promise<void> };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  storage: { session?: LookupArea; local: LookupArea };
  /** Optional only so that tests may leave it out; the manifest asks for "alarms". */
  alarms?: {
    create(name: string, info: { when: number }): unknown;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
}

/**
 * "Look up in Mineral Lens" on selected text. The menu is created once per install or update
 * (browsers keep it across restarts); a click leaves the text for the panel and opens it. The
 * panel resolves the text with the same search Browse uses, so the background never loads the
 * full dataset. Call from the background's main().
 */
export function registerLookupMenu(api: LookupMenuApi, title: string): void {
  api.runtime.onInstalled.addListener(() => {
    void api.contextMenus
      .removeAll()
      .then(() => api.contextMenus.create({ id: LOOKUP_MENU_ID, title, contexts: ['selection'] }));
  });
  // The text must go when its minute is up, panel or not. A timer dies with a suspended service
  // worker; an alarm wakes it. Every wake also clears a stale one, in case an alarm was missed.
  const area = api.storage.session ?? api.storage.local;
  api.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === LOOKUP_EXPIRY_ALARM) void forgetStaleLookup(area).catch(() => undefined);
  });
  void forgetStaleLookup(area).catch(() => undefined);
  api.contextMenus.onClicked.addListener((info, tab) => {
    // With neither a popup nor a tab to open, there is no one left to tell: the click does nothing.
    if (info.menuItemId === LOOKUP_MENU_ID && info.selectionText)
      void openLookup(api, info.selectionText, tab?.id).catch(() => undefined);
  });
}

/**
 * Opens the panel on `text`: the popup where the browser allows it, else the panel in a new tab,
 * told the lookup in its hash and the page it was made on in `?tab=` (tab-connection.ts).
 */
export function openLookup(api: LookupMenuApi, selection: string, tabId: number | undefined): Promise<void> {
  const text = selection.trim().slice(0, MAX_LOOKUP_CHARS);
  const now = Date.now();
  const saved = savePendingLookup(api.storage.session ?? api.storage.local, text, now).catch(() => undefined);
  // Just past the minute, so the stale check at the alarm sees it expired.
  void Promise.resolve()
    .then(() => api.alarms?.create(LOOKUP_EXPIRY_ALARM, { when: now + PENDING_LOOKUP_TTL_MS + 1000 }))
    .catch(() => undefined);
  // Firefox opens a popup only within the click's own turn of the event loop: no await before this.
  let opened: Promise<void>;
  try {
    opened = api.action.openPopup();
  } catch (error) {
    opened = Promise.reject(error);
  }
  return opened.catch(async () => {
    await saved;
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    const url = api.runtime.getURL(`/popup.html${query}#lookup=${encodeURIComponent(text)}`);
    await api.tabs.create({ url });
  });
}
