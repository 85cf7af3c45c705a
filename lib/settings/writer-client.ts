import type { SettingsWriteResult, SiteOffWriteResult } from '@/lib/messaging';
import { sendMessage, type SendMessage } from '@/lib/messaging/send-message';
import type { HiddenOccurrence } from './hidden-occurrences';
import type { LoadedSettings, SettingsChange } from './adapter';
import type { Settings } from './schema';

/** The writes a SettingsStorage passes on: to the background's writer, or in tests to one directly. */
export interface SettingsWrites {
  change(change: SettingsChange): Promise<LoadedSettings>;
  replace(settings: Settings): Promise<LoadedSettings>;
  reset(): Promise<LoadedSettings>;
}

/**
 * The asking side of the one writer: panels and content scripts send their writes to the
 * background (docs/architecture.md, "Writes") and never write settings or hidden occurrences
 * themselves. `send` is injectable so tests can route many "frames" into one writer.
 */
export type SendStoreRequest = SendMessage;

export const sendToBackground: SendStoreRequest = sendMessage;

export class SettingsWriteError extends Error {
  constructor(readonly reason: 'refused' | 'failed') {
    super(`The settings could not be stored: ${reason}`);
    this.name = 'SettingsWriteError';
  }
}

async function unwrap(result: Promise<SettingsWriteResult | undefined>) {
  const answer = await result;
  if (!answer?.ok) throw new SettingsWriteError(answer?.reason ?? 'failed');
  return answer.loaded;
}

/** The panel's writes, as operations for the background to apply to the latest stored value. */
export function backgroundSettingsWrites(send: SendStoreRequest = sendToBackground): SettingsWrites {
  return {
    change: (change) => unwrap(send({ type: 'settings/change', change })),
    replace: (settings) => unwrap(send({ type: 'settings/replace', settings })),
    reset: () => unwrap(send({ type: 'settings/reset' })),
  };
}

/** A content script's writes: for its own frame's site and page, which the background reads off the sender. */
export function frameWrites(send: SendStoreRequest = sendToBackground) {
  return {
    // No answer (the background did not run) is a failure like any other.
    siteOff: async (): Promise<SiteOffWriteResult> =>
      (await send({ type: 'settings/site-off' })) ?? { ok: false, reason: 'failed' },
    async hide(occurrence: HiddenOccurrence): Promise<HiddenOccurrence[]> {
      const answer = await send({ type: 'hidden/hide', occurrence });
      if (!answer?.ok) throw new Error('The hidden occurrence could not be remembered');
      return answer.items;
    },
    async unhideAll(): Promise<void> {
      const answer = await send({ type: 'hidden/unhide-all' });
      if (!answer?.ok) throw new Error('The hidden occurrences could not be forgotten');
    },
  };
}

export type FrameWrites = ReturnType<typeof frameWrites>;
