import type { EntryLookup } from '@/lib/dataset/lookups';
import type { MentionList } from '@/lib/messaging';

/** What every export format is made from: the page's list as the content script gave it. */
export interface ExportInput {
  page: MentionList;
  lookup: EntryLookup;
  exportedAt: Date;
}

/** The entry's English name, or the term id when the dataset does not know the term. */
export function termName(input: ExportInput, termId: string): string {
  return input.lookup.entry(termId)?.name ?? termId;
}
