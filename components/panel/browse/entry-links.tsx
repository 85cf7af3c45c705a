import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Translate } from '@/lib/i18n/translate';
import { entryName } from '@/lib/search/entry-name';

interface EntryLinksProps {
  t: Translate;
  title: string;
  ids: readonly string[];
  lookup: EntryLookup;
  onOpenEntry?(id: string): void;
}

/** A titled row of other entries (members, related terms), each opening its own detail. */
export function EntryLinks({ t, title, ids, lookup, onOpenEntry }: EntryLinksProps) {
  const entries = ids.flatMap((id) => {
    const entry = lookup.entry(id);
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return null;
  return (
    <section class="entry-links">
      <h3>{title}</h3>
      <ul class="chips">
        {entries.map((entry) => (
          <li key={entry.id}>
            {onOpenEntry ? (
              <button type="button" class="chip" onClick={() => onOpenEntry(entry.id)}>
                {entryName(entry, t.locale)}
              </button>
            ) : (
              <span class="chip">{entryName(entry, t.locale)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
