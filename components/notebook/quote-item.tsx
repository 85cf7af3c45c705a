import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messaging/send-message';
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
 * a note, and delete. A plain activation of the link asks the background to open it and find the
 * quote by its selector, for a page that changed since (lib/background/open-quote.ts); the `href`
 * stays for copying, middle-click and "open in new tab".
 */
export function QuoteItem({ t, mention, termName, store }: QuoteItemProps) {
  const { prefix, exact, suffix } = mention.selector;
  const at = mention.sentence.indexOf(exact);
  const [gone, setGone] = useState(false);
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setGone(false);
    const selector = { type: 'TextQuoteSelector' as const, prefix, exact, suffix };
    void sendMessage({ type: 'notebook/open-quote', url: mention.page, selector })
      .then((reply) => setGone(reply?.found === false))
      .catch(() => undefined);
  };
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
        <a
          href={fragmentLink(mention.page, mention.selector)}
          target="_blank"
          rel="noreferrer"
          onClick={open}
        >
          {t('nb.quote.open')}
        </a>{' '}
        {gone && (
          <span class="quote-status" role="status">
            {t('nb.quote.gone')}
          </span>
        )}{' '}
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
