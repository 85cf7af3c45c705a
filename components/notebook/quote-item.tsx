import type { Translate } from '@/lib/i18n/translate';
import { fragmentLink } from '@/lib/notebook/fragment-link';
import type { NotebookMention } from '@/lib/notebook/records';
import type { NotebookViewStore } from '@/lib/notebook/notebook-view-store';
import { NoteField } from './note-field';
import { StarButton } from './star-button';

interface QuoteItemProps {
  t: Translate;
  mention: NotebookMention;
  termName: string;
  store: NotebookViewStore;
}

/**
 * One quote: the sentence with the term marked, a link that opens the article scrolled to it
 * (a text fragment; the selector it is built from stays in the notebook and its exports), a star,
 * a note, and delete.
 */
export function QuoteItem({ t, mention, termName, store }: QuoteItemProps) {
  const { prefix, exact, suffix } = mention.selector;
  const at = mention.sentence.indexOf(exact);
  return (
    <li class="quote">
      <blockquote cite={mention.page}>
        {at >= 0 ? (
          <>
            {mention.sentence.slice(0, at)}
            <mark>{exact}</mark>
            {mention.sentence.slice(at + exact.length)}
          </>
        ) : (
          `${prefix}${exact}${suffix}`
        )}
      </blockquote>
      <p class="quote-meta">
        <span class="term">{termName}</span>{' '}
        <a href={fragmentLink(mention.page, mention.selector)} target="_blank" rel="noreferrer">
          {t('nb.quote.open')}
        </a>{' '}
        <StarButton
          t={t}
          starred={mention.starred}
          label={`${termName}, ${exact}`}
          onToggle={() => void store.annotateMention(mention.id, { starred: !mention.starred })}
        />{' '}
        <button
          type="button"
          aria-label={`${t('nb.delete.quote')}: ${termName}`}
          onClick={() => void store.deleteMention(mention.id)}
        >
          {t('nb.delete.quote')}
        </button>
      </p>
      <NoteField
        label={t('nb.note.quote')}
        value={mention.note}
        onSave={(note) => void store.annotateMention(mention.id, { note })}
      />
    </li>
  );
}
