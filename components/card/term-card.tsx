import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import { shownEntryId, type CardStore } from '@/lib/card/card-store';
import { localNameFor } from '@/lib/card/local-name';
import { spanishName, type EntryDetails } from '@/lib/dataset/entry-details';
import { localizeDetails } from '@/lib/i18n/localize-details';
import type { CardCiteFormat, StepDirection } from '@/lib/messaging';
import type { CardTranslate } from '@/lib/i18n/card-strings';
import { CardActions } from './card-actions';
import { CardHeader } from './card-header';
import { EntryBody } from './entry-body';
import { MentionNav } from './mention-nav';
import { trapTab } from './trap-tab';

/** What the card can ask of whoever runs it (the content script, or a test). */
export interface TermCardActions {
  close(): void;
  back(): void;
  openEntry(id: string): void;
  step(direction: StepDirection): void;
  /** Plain text is made in the card; the other formats are asked of the background. */
  copyCitation(format?: CardCiteFormat): void;
  downloadCitation?(format: CardCiteFormat): void;
  hide(): void;
  siteOff(): void;
  /** The reader pressed inside a hover card: it stays until closed. */
  pin(): void;
}

export interface TermCardProps {
  store: CardStore;
  t: CardTranslate;
  actions: TermCardActions;
  /** The page's `<html lang>` as the page wrote it ("es-MX", or anything), to show the entry's name in it. */
  pageLang?: string;
  /** After every render, with the card element: the content script positions it before paint. */
  onRendered?(card: HTMLElement): void;
}

/**
 * The floating card around an entry's body: a labelled, non-modal dialog in the top layer (a
 * manual popover), with a header, back and close, the page's mentions of the entry, and actions.
 * A pinned card takes focus and keeps Tab inside; Escape closes it and focus goes back.
 */
export function TermCard({ store, t, actions, pageLang = '', onRendered }: TermCardProps) {
  const state = useStore(store);
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  const titleId = useId();
  const { open, staged, pinned, details, mention, trail } = state;
  // A staged card is built and placed but hidden and inert (lib/card/card-store.ts): opening it
  // only makes it visible.
  const built = open || staged;
  const stored = details.status === 'ready' ? details.details : null;
  // Every text in the card's language, picked once per entry shown.
  const ready = useMemo(() => stored && localizeDetails(stored, t.locale), [stored, t.locale]);

  useLayoutEffect(() => {
    const card = ref.current!;
    const shown = isPopoverOpen(card);
    if (built && !shown) card.showPopover?.();
    if (!built && shown) card.hidePopover?.();
    if (built) onRendered?.(card);
  });

  useEffect(() => {
    const card = ref.current!;
    const root = card.getRootNode() as Document | ShadowRoot;
    if (open && pinned && !card.contains(root.activeElement)) {
      returnTo.current = document.activeElement;
      card.focus({ preventScroll: true });
    }
    if (!open && returnTo.current) {
      const target = returnTo.current as HTMLElement;
      returnTo.current = null;
      if (target.isConnected && target !== document.body) target.focus?.({ preventScroll: true });
    }
  }, [open, pinned]);

  const entryId = shownEntryId(state);
  const title = ready?.entry.name ?? mention?.text ?? '';
  // Under the title, the entry's name in the page's language when it differs from the card's.
  const local = stored ? localNameFor(namesOf(stored), pageLang) : undefined;
  const ownMention = mention && trail.length === 1 && entryId === mention.termId ? mention : null;
  // The same element while the entry stays: showing a staged card re-renders none of its body.
  const body = useMemo(
    () => ready && <EntryBody details={ready} t={t} onOpenEntry={actions.openEntry} />,
    [ready, t, actions.openEntry],
  );
  return (
    <div
      ref={ref}
      popover="manual"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      class={pinned ? 'card pinned' : staged ? 'card staged' : 'card'}
      inert={staged}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          actions.close();
        } else if (event.key === 'Tab') trapTab(event, ref.current!);
      }}
      onPointerDown={() => !pinned && actions.pin()}
    >
      {built && (
        <>
          <CardHeader
            titleId={titleId}
            title={title}
            localName={local && local.name.toLowerCase() !== title.toLowerCase() ? local : undefined}
            backTo={trail.at(-2)?.name}
            t={t}
            onBack={actions.back}
            onClose={actions.close}
          >
            <MentionNav count={state.mentions.length} current={state.current} t={t} onStep={actions.step} />
          </CardHeader>
          <div class="body">
            {details.status === 'loading' && <p class="note">{t('card.loading')}</p>}
            {details.status === 'error' && <p class="note">{t('card.loadFailed')}</p>}
            {body}
          </div>
          <CardActions
            t={t}
            mention={ownMention}
            notice={state.notice}
            citation={state.citation}
            canCite={ready !== null}
            onCopyCitation={actions.copyCitation}
            onDownloadCitation={actions.downloadCitation}
            onHide={actions.hide}
            onSiteOff={actions.siteOff}
          />
        </>
      )}
    </div>
  );
}

/** The entry's name in each language it has one: English, Spanish, and its other local names. */
function namesOf({ entry }: EntryDetails): Record<string, string> {
  const es = spanishName(entry);
  return { en: entry.name, ...(es ? { es } : {}), ...('localNames' in entry ? entry.localNames : {}) };
}

/** False where the Popover API is missing (test DOMs): the card then renders in place. */
function isPopoverOpen(card: HTMLElement): boolean {
  try {
    return card.matches(':popover-open');
  } catch {
    return false;
  }
}
