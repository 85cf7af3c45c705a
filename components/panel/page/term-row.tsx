import { useId } from 'preact/hooks';
import type { BriefingTerm } from '@/lib/briefing/summarize';
import { statusParts } from '@/lib/card/status-text';
import { localIsoDate } from '@/lib/dataset/status-standing';
import type { Translate } from '@/lib/i18n/translate';
import type { PageMention } from '@/lib/messaging';
import { entryName } from '@/lib/search/entry-name';
import { MentionButton } from './mention-button';

interface TermRowProps {
  t: Translate;
  term: BriefingTerm;
  expanded: boolean;
  onToggle(): void;
  onReveal(mention: PageMention): void;
}

/**
 * A term with its mention count; expanded, its mentions in document order. A disclosure button.
 * A policy term whose status has ended says so under it.
 */
export function TermRow({ t, term, expanded, onToggle, onReveal }: TermRowProps) {
  const listId = useId();
  const name = term.entry ? entryName(term.entry, t.locale) : term.termId;
  const count = term.mentions.length;
  const mentions = count === 1 ? t('count.mentions.one') : t('count.mentions', { count });
  // A policy status that ended (or fell due) before today is flagged here, not only on the card.
  const status = term.entry?.kind === 'policy' ? term.entry.status : null;
  const over = status ? statusParts(status, localIsoDate(new Date()), t).warning : null;
  return (
    <li class="term-row">
      <button
        type="button"
        class="term-toggle"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={onToggle}
      >
        <span class="chevron" aria-hidden="true" />
        <span class="term-name">{name}</span>
        {term.entry?.kind === 'mineral' && term.entry.symbol && (
          <span class="symbol">{term.entry.symbol}</span>
        )}
        {/* Seen: the number; heard: "3 mentions". The name holds what is seen, for voice control. */}
        <span class="count">
          <span aria-hidden="true">{count}</span>
          <span class="visually-hidden">{mentions}</span>
        </span>
      </button>
      {over && <p class="status-over hint">{over}</p>}
      <ul id={listId} class="mentions" aria-label={t('page.mentionsOf', { name })} hidden={!expanded}>
        {expanded &&
          term.mentions.map((mention) => (
            <li key={`${mention.frameId}:${mention.index}`}>
              <MentionButton
                mention={mention}
                hint={t('page.reveal')}
                frame={frameOf(mention, t)}
                onReveal={onReveal}
              />
            </li>
          ))}
      </ul>
    </li>
  );
}

/** A sub-frame's mention is filed under the frame's own address (host and path, the URL in full on hover). */
function frameOf(mention: PageMention, t: Translate): { label: string; url: string } | undefined {
  if (mention.frameId === 0) return undefined;
  let address = mention.frameUrl;
  try {
    const url = new URL(mention.frameUrl);
    address = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    // Not a URL (about:blank, srcdoc): shown as it is.
  }
  return { label: t('page.inFrame', { address }), url: mention.frameUrl };
}
