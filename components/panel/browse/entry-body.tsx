import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Entry } from '@/lib/dataset/types';
import { entrySources, keyFacts } from '@/lib/briefing/key-facts';
import type { Translate } from '@/lib/i18n/translate';
import { EntryLinks } from './entry-links';
import { KeyFactsList } from './key-facts-list';

export interface EntryBodyProps {
  entry: Entry;
  lookup: EntryLookup;
  t: Translate;
  /** Opens another entry (a member, a related term); without it they are listed, not linked. */
  onOpenEntry?(id: string): void;
}

/**
 * STAND-IN for the card's `EntryBody` (components/card/, another issue): the same props, so the
 * panel switches to the card's with one import once that branch lands. What a card shows,
 * plainly: description, key figures with sources and data years, members and related terms,
 * other spellings, and the entry's own sources.
 */
export function EntryBody({ entry, lookup, t, onOpenEntry }: EntryBodyProps) {
  const facts = keyFacts(entry, lookup, t);
  const about = entry.kind === 'policy' ? entry.definition : entry.description;
  const related =
    entry.kind === 'policy' ? [...entry.relatedEntryIds, ...entry.relatedTermIds] : entry.relatedTermIds;
  const spellings = [...new Set(entry.aka.map((aka) => aka.text))].filter((text) => text !== entry.name);
  return (
    <div class="entry-body">
      <p class="about">{about}</p>
      {entry.kind === 'mineral' && entry.newIn2025 && <p class="badge">{t('entry.newIn2025')}</p>}
      {facts.length > 0 && (
        <section>
          <h3>{t(entry.kind === 'policy' ? 'entry.keyFacts' : 'entry.keyFigures')}</h3>
          <KeyFactsList t={t} facts={facts} />
        </section>
      )}
      {entry.kind === 'group' && (
        <EntryLinks
          t={t}
          title={t('entry.members')}
          ids={entry.memberIds}
          lookup={lookup}
          onOpenEntry={onOpenEntry}
        />
      )}
      {entry.kind === 'mineral' && (
        <EntryLinks
          t={t}
          title={t('entry.groups')}
          ids={entry.groupIds}
          lookup={lookup}
          onOpenEntry={onOpenEntry}
        />
      )}
      <EntryLinks t={t} title={t('entry.related')} ids={related} lookup={lookup} onOpenEntry={onOpenEntry} />
      {spellings.length > 0 && (
        <section>
          <h3>{t('entry.aka')}</h3>
          <p>{spellings.join(' · ')}</p>
        </section>
      )}
      {entry.notes && (
        <section>
          <h3>{t('entry.notes')}</h3>
          <p>{entry.notes}</p>
        </section>
      )}
      <section>
        <h3>{t('entry.sources')}</h3>
        <ul class="sources">
          {entrySources(entry, lookup).map((source) => (
            <li key={source.text}>{source.text}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
