import { browser } from 'wxt/browser';
import { openNotebook } from './database';
import { sendMessage } from '@/lib/messaging/send-message';
import { readNotebook } from './notebook-store';
import { NOTEBOOK_INTRO_KEY, type PanelNotebook } from './panel-notebook';
import { countSize } from './size';

/**
 * The panel's notebook actions over the extension APIs: saving goes through the background (the
 * only writer, which checks the tab is not private); the size is read here, in the extension's own
 * origin, where the database lives. The intro's "seen" mark is kept in storage.local (this device).
 */
export function createBrowserPanelNotebook(tabId: Promise<number | null>): PanelNotebook {
  return {
    async save() {
      const id = await tabId;
      if (id === null) return { ok: false, reason: 'failed' };
      return (await sendMessage({ type: 'notebook/save', tabId: id })) ?? { ok: false, reason: 'failed' };
    },
    open() {
      void browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
    },
    async size() {
      const db = await openNotebook();
      try {
        return countSize(await readNotebook(db));
      } finally {
        db.close();
      }
    },
    async introSeen() {
      const stored = await browser.storage.local.get(NOTEBOOK_INTRO_KEY);
      return stored[NOTEBOOK_INTRO_KEY] === true;
    },
    async dismissIntro() {
      await browser.storage.local.set({ [NOTEBOOK_INTRO_KEY]: true });
    },
  };
}
