import { useEffect, useRef } from 'preact/hooks';
import { EntryBody } from '@/components/card/entry-body';
import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Translate } from '@/lib/i18n/translate';
import { entryName } from '@/lib/search/entry-name';
import { CardFrame } from './card-frame';

interface EntryDetailProps {
  t: Translate;
  entryId: string;
  /** The entry below this one in the trail, named on the Back button; none means the results. */
  previousId: string | undefined;
  lookup: EntryLookup;
  /** What the card shows for an entry (lib/dataset/entry-details.ts). */
  details(id: string): EntryDetails | null;
  onBack(): void;
  onOpenEntry(id: string): void;
}

/**
 * An entry's full detail inside Browse: the card's own body (components/card), under the entry's
 * name. Focus moves to the name; Esc or Back returns to where the reader came from.
 */
export function EntryDetail({
  t,
  entryId,
  previousId,
  lookup,
  details,
  onBack,
  onOpenEntry,
}: EntryDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entryId]);
  const entry = lookup.entry(entryId);
  const found = details(entryId);
  const previous = previousId ? lookup.entry(previousId) : undefined;
  const back = previous ? t('browse.backTo', { name: entryName(previous, t.locale) }) : t('browse.back');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onBack();
  };
  return (
    <article class="entry-detail" aria-labelledby={`entry-${entryId}`} onKeyDown={onKeyDown}>
      <button type="button" class="back-button" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {back}
      </button>
      <header class="entry-header">
        <h2 id={`entry-${entryId}`} tabIndex={-1} ref={heading}>
          {entry ? entryName(entry, t.locale) : entryId}
        </h2>
      </header>
      {found ? (
        <CardFrame>
          <EntryBody details={found} t={t} onOpenEntry={onOpenEntry} />
        </CardFrame>
      ) : (
        <p>{t('entry.notFound')}</p>
      )}
    </article>
  );
}
