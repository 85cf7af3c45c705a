import type { SendToTab } from '@/lib/messaging/send-message';
import { SETTINGS_CHANGE_KEYS } from '@/lib/settings/storage';

/** The slice of `tabs` the notice needs; tests pass their own. */
export interface NoticeTabs {
  query(query: object): Promise<{ id?: number }[]>;
}

/**
 * Tells every frame of every tab that the stored settings changed (`probe/settings-changed`), for the
 * frames waiting on a probe's no (lib/page/probe-loop.ts): each would otherwise bind the storage
 * API and wake on every write to storage, the notebook's and the hidden occurrences' too. Frames
 * with no listener (no loader, or a loader that never probed) just do not answer.
 */
export function noticeSettingsChanges(tabs: NoticeTabs, send: SendToTab) {
  return async (changes: Record<string, unknown>): Promise<void> => {
    if (!SETTINGS_CHANGE_KEYS.some((key) => Object.hasOwn(changes, key))) return;
    for (const { id } of await tabs.query({}))
      if (id !== undefined) void send(id, { type: 'probe/settings-changed' }).catch(() => undefined);
  };
}
