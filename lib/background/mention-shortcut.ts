import type { StepDirection } from '@/lib/messaging';
import type { MessageOf } from '@/lib/messaging/messages';

/** The manifest `commands` (wxt.config.ts) and the direction each one jumps. */
export const SHORTCUT_COMMANDS: Record<string, StepDirection> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

/** The slice of the browser API the shortcut needs; no permission (tabs.query gives ids only). */
export interface ShortcutApi {
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(
      tabId: number,
      message: MessageOf<'card/jump'>,
      options: { frameId: number },
    ): Promise<unknown>;
  };
}

/**
 * A next/previous-mention shortcut: the top frame of the active tab moves to the mention and
 * opens its card. A tab without the content script (a browser page) simply does not answer.
 */
export async function jumpInActiveTab(api: ShortcutApi, command: string): Promise<void> {
  const direction = SHORTCUT_COMMANDS[command];
  if (!direction) return;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await api.tabs.sendMessage(tab.id, { type: 'card/jump', direction }, { frameId: 0 }).catch(() => undefined);
}
