import { categoryName, formatPartialDate } from '@/lib/card/format';
import type { PolicyEntry } from '@/lib/dataset/types';
import { jurisdictionLine } from '@/lib/i18n/jurisdiction-name';
import type { BodyProps } from './body-props';
import { LinkedSection } from './linked-section';
import { SourcesList } from './sources-list';
import { StatusFact } from './status-fact';

/** A policy term: what kind of thing it is, whose, since when, what it means, and what it concerns. */
export function PolicyBody(props: BodyProps & { entry: PolicyEntry }) {
  const { entry, details, t } = props;
  const lists = entry.listIds.flatMap((id) => (details.lists[id] ? [details.lists[id]] : []));
  return (
    <>
      <p class="identity">{categoryName(entry.category, t.locale)}</p>
      <dl class="facts">
        <dt>{t('card.policy.jurisdiction')}</dt>
        <dd>{jurisdictionLine(entry.jurisdiction, t.locale)}</dd>
        {entry.date && (
          <>
            <dt>{t('card.policy.date')}</dt>
            <dd>
              {formatPartialDate(entry.date, t.locale)}
              {entry.dateNote && <span class="note"> ({entry.dateNote})</span>}
            </dd>
          </>
        )}
        {entry.status && (
          <>
            <dt>{t('card.policy.status')}</dt>
            <dd class="status">
              <StatusFact status={entry.status} t={t} />
            </dd>
          </>
        )}
      </dl>
      <p class="description">{entry.definition}</p>
      <LinkedSection title={t('card.policy.concerns')} ids={entry.relatedEntryIds} {...props} />
      {lists.length > 0 && (
        <section class="section">
          <h3>{t('card.policy.lists')}</h3>
          <ul class="notes">
            {lists.map((list) => (
              <li key={list.id}>
                {list.name} ({list.officialCount})
              </li>
            ))}
          </ul>
        </section>
      )}
      <LinkedSection title={t('card.related')} ids={entry.relatedTermIds} {...props} />
      {entry.notes && <p class="note">{entry.notes}</p>}
      <SourcesList details={details} t={t} />
    </>
  );
}
