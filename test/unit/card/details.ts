import { createEntryDetailsIndex, type EntryDetails } from '@/lib/dataset/entry-details';
import type { EntriesFile } from '@/lib/dataset/types';
import entries from '@/data/generated/entries.json';

/** Real entry details from the generated dataset, as the background would answer. */
const index = createEntryDetailsIndex(entries as unknown as EntriesFile);

export function detailsOf(id: string): EntryDetails {
  const details = index.get(id);
  if (!details) throw new Error(`no entry ${id}`);
  return details;
}
