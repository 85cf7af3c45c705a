import type { LinkedEntry } from '@/lib/dataset/entry-details';
import { yearOf } from '@/lib/card/format';

interface EntryLinksProps {
  ids: readonly string[];
  linked: Record<string, LinkedEntry>;
  onOpenEntry(id: string): void;
  /** Accessible name of the list ("Related policy terms"). */
  label: string;
}

/** Links to other entries, as buttons: following one switches the card in place, never the page. */
export function EntryLinks({ ids, linked, onOpenEntry, label }: EntryLinksProps) {
  const entries = [...new Set(ids)].flatMap((id) => (linked[id] ? [linked[id]] : []));
  if (entries.length === 0) return null;
  return (
    <ul class="links" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <button type="button" class="link" onClick={() => onOpenEntry(entry.id)}>
            {entry.name}
            {entry.symbol && <span class="link-extra"> {entry.symbol}</span>}
            {entry.kind === 'policy' && entry.date && !entry.name.includes(yearOf(entry.date)) && (
              <span class="link-extra"> {yearOf(entry.date)}</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
