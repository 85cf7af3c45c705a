import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { ListDef } from '@/lib/dataset/types';
import type { Translate } from '@/lib/i18n/translate';
import type { BrowseStore } from '@/lib/panel/browse-store';
import { EntryDetail } from './entry-detail';
import { ResultList, optionId } from './result-list';
import { SearchBox } from './search-box';
import { SearchFilters } from './search-filters';
import './browse.css';

export interface BrowseViewProps {
  t: Translate;
  browse: BrowseStore;
  lookup: EntryLookup;
  /** An entry's details, as the card gets them. */
  details(id: string): EntryDetails | null;
  lists: readonly ListDef[];
  groupIds: readonly string[];
}

/** Browse: search every entry, filter, and open one. The detail replaces the results until Back. */
export function BrowseView({ t, browse, lookup, details, lists, groupIds }: BrowseViewProps) {
  const state = useStore(browse);
  const inputRef = useRef<HTMLInputElement>(null);
  // Type-ahead and Back to the results put the field in focus. A layout effect runs before the
  // next key event is handled, so no letter typed in a hurry is lost.
  useLayoutEffect(() => {
    if (state.focusField > 0) inputRef.current?.focus();
  }, [state.focusField]);
  const listId = useId();
  const openId = state.trail.at(-1);
  const count = state.results.length;
  const countText = useMemo(
    () =>
      count === 0 ? t('browse.none') : count === 1 ? t('browse.count.one') : t('browse.count', { count }),
    [count, t],
  );
  const open = () => {
    const hit = state.results[state.active];
    if (hit) browse.open(hit.entry.id);
  };
  return (
    <div class="browse-view">
      <div hidden={openId !== undefined}>
        <SearchBox
          t={t}
          query={state.query}
          listId={listId}
          activeId={state.active >= 0 && count > 0 ? optionId(listId, state.active) : undefined}
          inputRef={inputRef}
          onQuery={browse.setQuery}
          onMove={browse.move}
          onOpen={open}
        />
        <SearchFilters
          t={t}
          filters={state.filters}
          lookup={lookup}
          groupIds={groupIds}
          lists={lists}
          onChange={browse.setFilter}
        />
        <p role="status" class="result-count muted">
          {countText}
        </p>
        <ResultList t={t} id={listId} results={state.results} active={state.active} onOpen={browse.open} />
      </div>
      {openId !== undefined && (
        <EntryDetail
          t={t}
          entryId={openId}
          previousId={state.trail.at(-2)}
          lookup={lookup}
          details={details}
          onBack={browse.back}
          onOpenEntry={browse.open}
        />
      )}
    </div>
  );
}
