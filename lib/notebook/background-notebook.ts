import type { browser as Api } from 'wxt/browser';
import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { MentionList } from '@/lib/messaging';
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
    const ask = <T>(message: object) =>
      browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<T>;
    const [list, metadata] = await Promise.all([
      ask<MentionList>({ type: 'mentions/list' }),
      ask<PageMetadata | null>({ type: 'page/metadata' }).catch(() => null),
    ]);
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
