import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { Translate } from '@/lib/i18n/translate';

/** What every part of an entry's body gets: pure data in, and one callback for cross-links. */
export interface BodyProps {
  details: EntryDetails;
  t: Translate;
  /** A link to another entry was followed: the card (or the panel) shows that entry instead. */
  onOpenEntry(id: string): void;
}
