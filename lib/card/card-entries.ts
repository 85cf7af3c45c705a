import type { EntryDetails } from '@/lib/dataset/entry-details';
import { sendMessage, type SendMessage } from '@/lib/messaging/send-message';

/**
 * Entry details for the card, asked of the background (`entry/get`) and kept for the life of the
 * page: a reader who hovers "lithium" twice waits once. A failed request is forgotten, so the next
 * hover asks again.
 */
export function createEntryClient(send: SendMessage = sendMessage) {
  const pending = new Map<string, Promise<EntryDetails | null>>();
  const ready = new Map<string, EntryDetails | null>();
  return {
    get(id: string): Promise<EntryDetails | null> {
      let request = pending.get(id);
      if (!request) {
        request = send({ type: 'entry/get', id }).then(
          (details) => {
            ready.set(id, details ?? null);
            return details ?? null;
          },
          (error: unknown) => {
            pending.delete(id);
            throw error;
          },
        );
        pending.set(id, request);
      }
      return request;
    },
    /** The details if they are already here (undefined while unknown or loading). */
    peek: (id: string): EntryDetails | null | undefined => ready.get(id),
  };
}

export type EntryClient = ReturnType<typeof createEntryClient>;
