import type { CardStore } from '@/lib/card/card-store';
import type { PageEngine } from '@/lib/page/engine';
import type { CardController } from './card-controller';
import type { EntryClient } from './card-entries';
import type { CardPositioner } from './card-position';
import { defaultSettings } from '@/lib/settings/schema';
import { cardSettingsOf, type CardSettings } from './card-settings';

// Clicks on these belong to the page (a highlighted word inside a link still follows the link).
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"]';

/**
 * Pointer intent. Hover: the card opens after the pointer rests on a term for the dwell time and
 * closes a moment after it leaves both the term and the card. Its details and the card's UI are
 * asked for when the pointer reaches the term, so the card can paint complete when the dwell ends. Click (or tap) pins it;
 * a click elsewhere closes it; Escape on the page closes it too. Only the reader's own input counts:
 * events the page forges (`isTrusted` false) open, pin and close nothing.
 */
export function watchCardPointer(deps: {
  doc: Document;
  engine: PageEngine;
  store: CardStore;
  controller: CardController;
  positioner: CardPositioner;
  entries: EntryClient;
  /** The card's host element, whose events are the card's own; none until a card first opens. */
  host: () => Element | undefined;
  /** Loads the card's UI (without showing anything) ahead of the first card; settles once it is made. */
  prepare(): Promise<void>;
  signal: AbortSignal;
}) {
  const { doc, engine, store, controller, positioner, entries, host, prepare, signal } = deps;
  const isCardEvent = (event: Event) => {
    const element = host();
    return element !== undefined && event.composedPath().includes(element);
  };
  let settings: CardSettings = cardSettingsOf(defaultSettings());
  let unsubscribe = () => {};
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const hoverOpen = () => store.getSnapshot().open && !store.getSnapshot().pinned;
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };

  function subscribe() {
    unsubscribe();
    if (settings.trigger !== 'hover') return void (unsubscribe = () => {});
    const offOpen = engine.onDwell(
      {
        onDwell(mention, point) {
          if (store.getSnapshot().pinned) return;
          cancelClose();
          controller.open(mention, { pinned: false, point });
        },
      },
      // Shown in the callbacks of the frame that paints it, not in a task that waits for the next.
      { dwellMs: settings.dwellMs, onFrame: true },
    );
    // As soon as the pointer is on a term (the first rest on it, once per term), the card's UI
    // and the entry's details start loading, so both are here when the dwell ends. The reader
    // may move on: nothing is shown or stored, and what loaded is kept for the next card.
    const offPrefetch = engine.onDwell(
      {
        onDwell(mention) {
          prepare().catch(() => undefined);
          void entries.get(mention.termId).catch(() => undefined);
        },
      },
      { dwellMs: 0 },
    );
    // Once the pointer has rested a third of the dwell on the term (not while it sweeps across
    // terms: building costs a layout), the card is built and placed, hidden (staged), so the
    // dwell's end only has to show it. The pointer resting elsewhere drops it.
    let resting = 0;
    const offStage = engine.onDwell(
      {
        onDwell(mention, point) {
          const rest = ++resting;
          Promise.all([prepare(), entries.get(mention.termId)]).then(
            () => rest === resting && controller.stage(mention, point),
            () => undefined,
          );
        },
        onLeave() {
          resting++;
          controller.unstage();
        },
      },
      { dwellMs: Math.round(settings.dwellMs / 3) },
    );
    unsubscribe = () => {
      resting++;
      controller.unstage();
      offOpen();
      offPrefetch();
      offStage();
    };
  }

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      if (!hoverOpen() || event.pointerType === 'touch') return cancelClose();
      if (positioner.contains(event.clientX, event.clientY)) return cancelClose();
      closeTimer ??= setTimeout(() => {
        closeTimer = undefined;
        if (hoverOpen()) controller.close();
      }, settings.closeDelayMs);
    },
    { passive: true, signal },
  );

  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || event.defaultPrevented || isCardEvent(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      const mention =
        target?.closest(INTERACTIVE) || !doc.getSelection()?.isCollapsed
          ? null
          : engine.hitTest(event.clientX, event.clientY);
      cancelClose();
      if (mention) controller.open(mention, { pinned: true, point: { x: event.clientX, y: event.clientY } });
      else controller.close();
    },
    { signal },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Escape' && store.getSnapshot().open) controller.close();
    },
    { signal },
  );

  signal.addEventListener('abort', () => {
    unsubscribe();
    cancelClose();
  });
  subscribe();

  return {
    /** New settings: re-subscribe with the new dwell, or stop hovering in click-only mode. */
    update(next: CardSettings) {
      const resubscribe = next.trigger !== settings.trigger || next.dwellMs !== settings.dwellMs;
      settings = next;
      if (resubscribe) subscribe();
    },
  };
}
