import { useId } from 'preact/hooks';
import { displayName } from '@/lib/cite/author-name';
import type { Translate } from '@/lib/i18n/translate';
import type { NotebookMention, NotebookPage } from '@/lib/notebook/records';
import type { NotebookViewStore } from '@/lib/notebook/notebook-view-store';
import { NoteField } from './note-field';
import { QuoteItem } from './quote-item';
import { StarButton } from './star-button';

interface PageItemProps {
  t: Translate;
  page: NotebookPage;
  mentions: NotebookMention[];
  termName(id: string): string;
  store: NotebookViewStore;
  confirm(question: string): boolean;
}

/** One article in the notebook: its metadata, its quotes, a note, a star, delete it or its site. */
export function PageItem({ t, page, mentions, termName, store, confirm }: PageItemProps) {
  const titleId = useId();
  const date = (time: number) => new Date(time).toLocaleDateString(t.locale);
  const authors = page.authors.map(displayName).join(', ');
  return (
    <article class="nb-page" aria-labelledby={titleId}>
      <h3 id={titleId} lang={page.language || undefined}>
        <a href={page.url} target="_blank" rel="noreferrer">
          {page.title}
        </a>
      </h3>
      <p class="page-meta">
        <span class="site">{page.siteName ?? page.site}</span>
        {authors && <> · {t('nb.by', { authors })}</>}
        {page.published && <> · {t('nb.published', { date: page.published })}</>}
        {' · '}
        {t('nb.visited', { date: date(page.lastVisit) })}
      </p>
      <p class="page-actions">
        <StarButton
          t={t}
          starred={page.starred}
          label={page.title}
          onToggle={() => void store.annotatePage(page.url, { starred: !page.starred })}
        />{' '}
        <button
          type="button"
          aria-label={`${t('nb.delete.page')}: ${page.title}`}
          onClick={() =>
            confirm(t('nb.confirm.page', { title: page.title })) && void store.deletePage(page.url)
          }
        >
          {t('nb.delete.page')}
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            confirm(t('nb.confirm.site', { site: page.site })) && void store.deleteSite(page.site)
          }
        >
          {t('nb.delete.site', { site: page.site })}
        </button>
      </p>
      <NoteField
        label={t('nb.note.page')}
        value={page.note}
        onSave={(note) => void store.annotatePage(page.url, { note })}
      />
      <ul class="quotes" lang={page.language || undefined}>
        {mentions.map((mention) => (
          <QuoteItem
            key={mention.id}
            t={t}
            mention={mention}
            termName={termName(mention.termId)}
            store={store}
          />
        ))}
      </ul>
    </article>
  );
}
