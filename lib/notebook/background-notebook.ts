import type { browser as Api } from 'wxt/browser';
import { sendToTab } from '@/lib/messaging/send-message';
import type { SenderRole } from '@/lib/background/sender-role';
import { loadSettings } from '@/lib/settings/storage';
import { openNotebook, type NotebookDatabase } from './database';
import type { NotebookMessage } from './notebook-messages';
import { handleNotebookMessage } from './record-handler';

/**
 * The background's notebook: the database opened once, on the first message that needs it (a
 * reader with the notebook off never creates it), and the tab reads "Save this page" needs.
 */
export function createBackgroundNotebook(browser: typeof Api) {
  let db: Promise<NotebookDatabase> | undefined;
  const open = () => (db ??= openNotebook());
  const readTab = async (tabId: number) => {
    const tab = await browser.tabs.get(tabId);
    const [list, metadata] = await Promise.all([
      sendToTab(tabId, { type: 'mentions/list' }, { frameId: 0 }),
      sendToTab(tabId, { type: 'page/metadata' }, { frameId: 0 }).then(
        (answer) => answer ?? null,
        () => null,
      ),
    ]);
    // A tab whose content script never answered (a browser page, not yet loaded) has nothing to keep.
    if (list === undefined) throw new Error('no answer from the page');
    return { incognito: tab.incognito, list, metadata };
  };
  return (message: NotebookMessage, role: SenderRole, incognito: boolean) =>
    handleNotebookMessage(message, {
      role,
      incognito,
      db: open,
      notebookOn: async () => (await loadSettings()).settings.notebook,
      readTab,
      now: () => Date.now(),
    });
}
