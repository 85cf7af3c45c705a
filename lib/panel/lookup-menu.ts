import { MAX_LOOKUP_CHARS } from '@/lib/search/resolve-lookup';
import { savePendingLookup, type LookupArea } from './pending-lookup';

export const LOOKUP_MENU_ID = 'mineral-lens-lookup';

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
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === LOOKUP_MENU_ID && info.selectionText)
      openLookup(api, info.selectionText, tab?.id);
  });
}

/**
 * Opens the panel on `text`: the popup where the browser allows it, else the panel in a new tab,
 * told the lookup in its hash and the page it was made on in `?tab=` (tab-connection.ts).
 */
export function openLookup(api: LookupMenuApi, selection: string, tabId: number | undefined): Promise<void> {
  const text = selection.trim().slice(0, MAX_LOOKUP_CHARS);
  const saved = savePendingLookup(api.storage.session ?? api.storage.local, text).catch(() => undefined);
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
