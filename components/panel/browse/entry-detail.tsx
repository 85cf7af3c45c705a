import { useEffect, useRef } from 'preact/hooks';
import { categoryName } from '@/lib/briefing/summary-line';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Translate } from '@/lib/i18n/translate';
import { entryName } from '@/lib/search/entry-name';
// Swap for the card's once it lands: import { EntryBody } from '@/components/card/entry-body';
import { EntryBody } from './entry-body';

interface EntryDetailProps {
  t: Translate;
  entryId: string;
  /** The entry below this one in the trail, named on the Back button; none means the results. */
  previousId: string | undefined;
  lookup: EntryLookup;
  onBack(): void;
  onOpenEntry(id: string): void;
}

/** An entry's full detail inside Browse. Focus moves to its heading; Esc or Back returns. */
export function EntryDetail({ t, entryId, previousId, lookup, onBack, onOpenEntry }: EntryDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entryId]);
  const entry = lookup.entry(entryId);
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
      {!entry ? (
        <p>{t('entry.notFound')}</p>
      ) : (
        <>
          <header class="entry-header">
            <h2 id={`entry-${entryId}`} tabIndex={-1} ref={heading}>
              {entryName(entry, t.locale)}
            </h2>
            <p class="muted">
              {entry.kind === 'policy' ? t('kind.policy') : t(`kind.${entry.kind}`)}
              {' · '}
              {categoryName(entry.category, t.locale)}
              {entry.kind === 'mineral' && entry.symbol && entry.atomicNumber !== null && (
                <> · {t('entry.element', { symbol: entry.symbol, number: entry.atomicNumber })}</>
              )}
              {entry.kind !== 'policy' && t.locale === 'en' && <> · {entry.localNames.es}</>}
            </p>
          </header>
          <EntryBody entry={entry} lookup={lookup} t={t} onOpenEntry={onOpenEntry} />
        </>
      )}
    </article>
  );
}
