import { categoryName } from '@/lib/card/format';
import type { GroupEntry } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { ImportReliance } from './import-reliance';
import { MexicoSection } from './mexico-section';
import { LinkedSection } from './linked-section';
import { ProductionSection } from './production-section';
import { StorySection } from './story-section';
import { SourcesList } from './sources-list';

/**
 * A group (rare earths, platinum-group metals): its members, each a link to its own card, the
 * named subsets, the lists that name the group itself, and the figures USGS reports for the group.
 */
export function GroupBody(props: BodyProps & { entry: GroupEntry }) {
  const { entry, details, t } = props;
  const nameOf = (id: string) => details.linked[id]?.name ?? id;
  const count = entry.memberIds.length + entry.otherMembers.length;
  return (
    <>
      <p class="identity">
        {t('card.group.count', { count })} · {categoryName(entry.category, t.locale)}
      </p>
      <p class="description">{entry.description}</p>
      <LinkedSection title={t('card.group.members')} ids={entry.memberIds} {...props} />
      {entry.otherMembers.length > 0 && (
        <ul class="notes">
          {entry.otherMembers.map((m) => (
            <li key={m.symbol}>
              {m.name} ({m.symbol}, {m.atomicNumber}): {m.note}
            </li>
          ))}
        </ul>
      )}
      {entry.subgroups.length > 0 && (
        <section class="section">
          <h3>{t('card.group.subgroups')}</h3>
          <ul class="notes">
            {entry.subgroups.map((s) => (
              <li key={s.name}>
                <strong>{s.name}:</strong> {s.memberIds.map(nameOf).join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.listMentions.length > 0 && (
        <section class="section">
          <h3>{t('card.group.namedOn')}</h3>
          <ul class="notes">
            {entry.listMentions.map((m) => (
              <li key={`${m.listId}:${m.as}`}>
                {details.lists[m.listId]?.name ?? m.listId}: “{m.as}”
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.figures && (
        <>
          <ProductionSection figures={entry.figures.production} {...props} />
          <ImportReliance figures={entry.figures.importReliance} {...props} />
          <MexicoSection story={entry.figures.story} memberships={null} {...props} />
          <StorySection story={entry.figures.story} {...props} />
        </>
      )}
      <LinkedSection title={t('card.related')} ids={entry.relatedTermIds} {...props} />
      {entry.notes && <p class="note">{entry.notes}</p>}
      <SourcesList details={details} t={t} />
    </>
  );
}
