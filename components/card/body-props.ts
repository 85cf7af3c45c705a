import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { CardTranslate } from '@/lib/i18n/card-strings';

/** What every part of an entry's body gets: pure data in, and one callback for cross-links. */
export interface BodyProps {
  details: EntryDetails;
  t: CardTranslate;
  /** A link to another entry was followed: the card (or the panel) shows that entry instead. */
  onOpenEntry(id: string): void;
}
