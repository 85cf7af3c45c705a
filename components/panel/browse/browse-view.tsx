import type { Ref } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { ListDef } from '@/lib/dataset/types';
import type { Translate } from '@/lib/i18n/translate';
import type { BrowseStore } from '@/lib/panel/browse-store';
import { EntryDetail } from './entry-detail';
import { ResultList, optionId } from './result-list';
import { SearchBox } from './search-box';
import { SearchFilters } from './search-filters';

export interface BrowseViewProps {
  t: Translate;
  browse: BrowseStore;
  lookup: EntryLookup;
  lists: readonly ListDef[];
  groupIds: readonly string[];
  /** The search field, so the panel can send typing here from anywhere. */
  inputRef: Ref<HTMLInputElement>;
}

/** Browse: search every entry, filter, and open one. The detail replaces the results until Back. */
export function BrowseView({ t, browse, lookup, lists, groupIds, inputRef }: BrowseViewProps) {
  const state = useStore(browse);
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
  const back = () => {
    browse.back();
    // Back at the results: the field again, where typing and arrows work.
    if (state.trail.length <= 1)
      setTimeout(() => (inputRef as { current: HTMLInputElement | null }).current?.focus());
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
          onBack={back}
          onOpenEntry={browse.open}
        />
      )}
    </div>
  );
}
