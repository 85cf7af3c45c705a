import {
  CLOSED,
  shownEntryId,
  type CardStore,
  type DetailsState,
  type TrailItem,
} from '@/lib/card/card-store';
import type { PageMention, StepDirection } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import type { EntryClient } from './card-entries';
import type { CardPositioner } from './card-position';

export interface OpenOptions {
  /** Click and keyboard pin the card (it takes focus); hover does not. */
  pinned: boolean;
  /** Where the pointer was, to sit by that line of a term that wraps. */
  point?: { x: number; y: number };
}

/**
 * What the card shows, and when: opening on a mention, following links with a back trail,
 * stepping through the entry's mentions on the page, closing. Drives the card store; the
 * components only render it.
 */
export function createCardController(deps: {
  engine: PageEngine;
  store: CardStore;
  entries: EntryClient;
  positioner: CardPositioner;
  /** Attaches the card's host to the page (once), before the first card shows. */
  mount(): void;
}) {
  const { engine, store, entries, positioner } = deps;
  const state = () => store.getSnapshot();

  /** The details now if they are here, else "loading" and a request that fills them in. */
  function detailsOf(id: string): DetailsState {
    const known = entries.peek(id);
    if (known !== undefined) return known ? { status: 'ready', details: known } : { status: 'error' };
    const settle = (next: DetailsState) => {
      const now = state();
      if ((now.open || now.staged) && shownEntryId(now) === id) store.set({ details: next });
    };
    entries.get(id).then(
      (details) => settle(details ? { status: 'ready', details } : { status: 'error' }),
      () => settle({ status: 'error' }),
    );
    return { status: 'loading' };
  }

  /** The page's mentions of an entry, and where `index` is among them. */
  function mentionsOf(id: string, index: number | null) {
    const mentions = engine.mentions().filter((m) => m.termId === id);
    const at = mentions.findIndex((m) => m.index === index);
    return { mentions, current: at >= 0 ? at : null };
  }

  /** Shows `trail`'s last entry; the mention it is anchored to stays as it was. */
  function showTrail(trail: TrailItem[]) {
    const id = trail.at(-1)!.id;
    const anchored = state().mention;
    store.set({
      trail,
      details: detailsOf(id),
      ...mentionsOf(id, anchored?.termId === id ? anchored.index : null),
      notice: null,
      citation: null,
    });
  }

  /** Mounts the card and has it follow `mention`, at the line under `point` for a wrapped term. */
  function place(mention: PageMention, point: OpenOptions['point']) {
    deps.mount();
    positioner.follow(mention.index, point);
  }

  /** What a card on `mention` shows, and where it goes, open or staged. */
  function anchorTo(mention: PageMention, point: OpenOptions['point']) {
    place(mention, point);
    return {
      mention,
      trail: [{ id: mention.termId, name: mention.text }],
      details: detailsOf(mention.termId),
      ...mentionsOf(mention.termId, mention.index),
      notice: null,
      citation: null,
    };
  }

  function open(mention: PageMention, { pinned, point }: OpenOptions) {
    const now = state();
    if (now.open && now.mention?.index === mention.index && now.trail.length === 1) {
      if (pinned && !now.pinned) store.set({ pinned: true });
      return;
    }
    if (now.staged && now.mention?.index === mention.index) {
      // Built and placed during the dwell: showing it is all that is left (re-anchored to where
      // the pointer is now, which picks the line of a wrapped term).
      place(mention, point);
      return store.set({ open: true, staged: false, pinned });
    }
    store.set({ open: true, staged: false, pinned, ...anchorTo(mention, point) });
  }

  function close() {
    if (!state().open) return;
    positioner.stop();
    store.set({ ...CLOSED, announcement: state().announcement });
  }

  /**
   * The pointer rests on `mention` and its card will likely open when the dwell ends: build and
   * place it now, hidden, so that the dwell's end only shows it. Never over an open card.
   */
  function stage(mention: PageMention, point?: OpenOptions['point']) {
    const now = state();
    if (now.open || (now.staged && now.mention?.index === mention.index)) return;
    store.set({ staged: true, pinned: false, ...anchorTo(mention, point) });
  }

  /** The pointer left before the dwell ended: drop the staged card. */
  function unstage() {
    const now = state();
    if (!now.staged || now.open) return;
    positioner.stop();
    store.set({ ...CLOSED, announcement: now.announcement });
  }

  return {
    open,
    close,
    stage,
    unstage,
    pin: () => state().open && !state().pinned && store.set({ pinned: true }),
    openEntry(id: string) {
      const { details, trail } = state();
      const name = (details.status === 'ready' && details.details.linked[id]?.name) || id;
      showTrail([...trail, { id, name }]);
    },
    back() {
      const { trail } = state();
      if (trail.length > 1) showTrail(trail.slice(0, -1));
    },
    /** Previous/next among the shown entry's mentions: scrolls there, flashes it, and re-anchors. */
    step(direction: StepDirection) {
      const { mentions, current } = state();
      if (mentions.length === 0) return;
      const from = current ?? (direction === 'next' ? -1 : mentions.length);
      const target = mentions[(from + (direction === 'next' ? 1 : -1) + mentions.length) % mentions.length]!;
      engine.reveal(target.index);
      positioner.follow(target.index);
      store.set({
        mention: target,
        trail: [{ id: target.termId, name: target.text }],
        ...mentionsOf(target.termId, target.index),
      });
    },
    /** The page's mentions changed (a pass, a hidden occurrence, highlighting off): refresh or close. */
    mentionsChanged() {
      const now = state();
      const id = shownEntryId(now);
      if (!(now.open || now.staged) || id === undefined) return;
      const { mentions, current } = mentionsOf(id, now.mention?.termId === id ? now.mention.index : null);
      // A staged card whose mention went (hidden, highlighting off) is dropped; else it stays built.
      if (now.staged) return current === null ? unstage() : store.set({ mentions, current });
      if (engine.mentions().length === 0 && !now.pinned) close();
      else store.set({ mentions, current });
    },
  };
}

export type CardController = ReturnType<typeof createCardController>;
