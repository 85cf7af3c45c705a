import './notebook.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { Translate } from '@/lib/i18n/translate';
import {
  EMPTY_QUERY,
  filterChoices,
  queryNotebook,
  type NotebookData,
  type NotebookQuery,
} from '@/lib/notebook/notebook-query';
import type { NotebookViewStore } from '@/lib/notebook/notebook-view-store';
import { NotebookFilters } from './notebook-filters';
import { PageItem } from './page-item';
import { TermTimeline } from './term-timeline';

export interface NotebookAppProps {
  t: Translate;
  store: NotebookViewStore;
  termName(id: string): string;
  categoryName(id: string): string;
  /** Asks before deleting; tests pass a stub. */
  confirm?(question: string): boolean;
  /** The export and import controls, given what is shown. */
  tools?(shown: NotebookData): ComponentChildren;
}

/** The notebook page: search, filters, a term's timeline, and the kept pages with their quotes. */
export function NotebookApp({
  t,
  store,
  termName,
  categoryName,
  confirm = (q) => window.confirm(q),
  tools,
}: NotebookAppProps) {
  const state = useStore(store);
  const [query, setQuery] = useState<NotebookQuery>(EMPTY_QUERY);
  const searchId = useId();
  useEffect(() => void store.load(), [store]);
  const data = state.status === 'ready' ? state.data : { pages: [], mentions: [] };
  const shown = useMemo(() => queryNotebook(data, query, termName), [data, query, termName]);
  const choices = useMemo(() => filterChoices(data), [data]);
  const update = (change: Partial<NotebookQuery>) => setQuery((old) => ({ ...old, ...change }));
  if (state.status === 'loading') return <p role="status">…</p>;
  const byPage = Map.groupBy(shown.mentions, (m) => m.page);
  return (
    <main class="notebook">
      <h1>{t('nb.title')}</h1>
      {state.error && (
        <p role="alert" class="error">
          {t(state.error === 'full' ? 'notebook.error.full' : 'notebook.error.failed')}
        </p>
      )}
      <search class="nb-search">
        <label for={searchId}>{t('nb.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query.text}
          onInput={(event) => update({ text: event.currentTarget.value })}
        />
      </search>
      <NotebookFilters
        t={t}
        query={query}
        choices={choices}
        termName={termName}
        categoryName={categoryName}
        onChange={update}
      />
      <p role="status" class="nb-count">
        {t('nb.count', { pages: shown.pages.length, mentions: shown.mentions.length })}
      </p>
      {query !== EMPTY_QUERY && (
        <button type="button" onClick={() => setQuery(EMPTY_QUERY)}>
          {t('nb.clear')}
        </button>
      )}
      {tools?.(shown)}
      {query.termId && (
        <TermTimeline
          t={t}
          termId={query.termId}
          termName={termName(query.termId)}
          mentions={shown.mentions}
        />
      )}
      <section class="nb-pages" aria-label={t('nb.pages')}>
        {data.pages.length === 0 ? (
          <p>{t('nb.empty')}</p>
        ) : shown.pages.length === 0 ? (
          <p>{t('nb.none')}</p>
        ) : (
          shown.pages.map((page) => (
            <PageItem
              key={page.url}
              t={t}
              page={page}
              mentions={byPage.get(page.url) ?? []}
              termName={termName}
              store={store}
              confirm={confirm}
            />
          ))
        )}
      </section>
      {data.pages.length > 0 && (
        <p>
          <button
            type="button"
            class="danger"
            onClick={() => confirm(t('nb.confirm.all')) && void store.deleteAll()}
          >
            {t('nb.delete.all')}
          </button>
        </p>
      )}
    </main>
  );
}
