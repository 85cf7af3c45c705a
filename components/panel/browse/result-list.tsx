import { useEffect, useRef } from 'preact/hooks';
import { categoryName } from '@/lib/briefing/summary-line';
import type { Translate } from '@/lib/i18n/translate';
import { entryName } from '@/lib/search/entry-name';
import type { SearchHit } from '@/lib/search/search-index';

interface ResultListProps {
  t: Translate;
  id: string;
  results: SearchHit[];
  active: number;
  onOpen(entryId: string): void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The results as a listbox the search field controls. Each option says which name matched when
 * it is not the one shown ("matches “T-MEC”"), and what kind of entry it is.
 */
export function ResultList({ t, id, results, active, onOpen }: ResultListProps) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(optionId(id, active))}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);
  return (
    <ul id={id} role="listbox" class="result-list" aria-label={t('browse.results')} ref={list}>
      {results.map((hit, index) => {
        const name = entryName(hit.entry, t.locale);
        const matched =
          hit.matched && hit.matched.source !== 'name' && hit.matched.text !== name ? hit.matched.text : null;
        return (
          <li
            key={hit.entry.id}
            id={optionId(id, index)}
            role="option"
            aria-selected={index === active}
            class="result"
            onClick={() => onOpen(hit.entry.id)}
          >
            <span class="result-name">
              {name}
              {hit.entry.kind === 'mineral' && hit.entry.symbol && (
                <span class="symbol">{hit.entry.symbol}</span>
              )}
            </span>
            <span class="result-meta muted">
              {matched ? `${t('browse.matched', { text: matched })} · ` : ''}
              {hit.entry.kind === 'policy' ? t('kind.policy') : categoryName(hit.entry.category, t.locale)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
