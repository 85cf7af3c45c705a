import { createEntryDetailsIndex, type EntryDetails } from '@/lib/dataset/entry-details';
import type { EntriesFile } from '@/lib/dataset/types';

/**
 * The background's answer to `entry/get` (lib/messaging/catalogue.ts): a card's entry details. The dataset
 * is imported on the first request, not when the service worker starts, and kept while the worker
 * lives; a worker that was suspended pays the import again, once.
 */
type Loader = () => Promise<EntriesFile>;

const loadGenerated: Loader = async () =>
  (await import('@/data/generated/entries.json')).default as unknown as EntriesFile;

export function createEntryService(load: Loader = loadGenerated) {
  let index: Promise<ReturnType<typeof createEntryDetailsIndex>> | undefined;
  return {
    async get(id: string): Promise<EntryDetails | null> {
      index ??= load().then(createEntryDetailsIndex);
      try {
        return (await index).get(id);
      } catch (error) {
        index = undefined; // A failed import is retried by the next card rather than cached.
        throw error;
      }
    },
  };
}

let shared: ReturnType<typeof createEntryService> | undefined;

/** For the background's message listener. */
export const getEntryDetails = (id: string) => (shared ??= createEntryService()).get(id);
