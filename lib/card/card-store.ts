import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { PageMention } from '@/lib/messaging';

/**
 * The card's UI state, as a small store (subscribe/getSnapshot) that the content script drives and
 * the components read, so the card renders in tests without an extension or a page engine.
 */
export type DetailsState =
  { status: 'loading' } | { status: 'ready'; details: EntryDetails } | { status: 'error' };

/** What the reader just did, said once in the card (copy, hide) and then cleared. */
export type CardNotice =
  | 'copied'
  | 'copy-fallback'
  | 'hidden'
  | 'hide-failed'
  | 'site-failed'
  | 'site-full'
  | 'cite-failed'
  | 'saved';

/** An entry on the card's trail, with the name its back control shows. */
export interface TrailItem {
  id: string;
  name: string;
}

export interface CardState {
  open: boolean;
  /**
   * Built but not shown: the pointer rests on `mention` and the dwell has not ended. The card is
   * rendered and placed, hidden and inert, so that opening it only makes it visible.
   */
  staged: boolean;
  /** Pinned: opened by click or keyboard; stays until closed, holds focus. Hover cards do neither. */
  pinned: boolean;
  /** The page mention the card was opened on. */
  mention: PageMention | null;
  /** Entries shown, oldest first: links push, back pops. The last one is on screen. */
  trail: TrailItem[];
  /** Details of the entry on screen. */
  details: DetailsState;
  /** The page's mentions of the entry on screen, in document order, and which one is current. */
  mentions: PageMention[];
  current: number | null;
  notice: CardNotice | null;
  /** The citation text, when copying failed and the reader must copy it by hand. */
  citation: string | null;
  /** For the live region: which mention the keyboard reached ("lithium, mineral, 3 of 7"). */
  announcement: string;
}

export const CLOSED: CardState = {
  open: false,
  staged: false,
  pinned: false,
  mention: null,
  trail: [],
  details: { status: 'loading' },
  mentions: [],
  current: null,
  notice: null,
  citation: null,
  announcement: '',
};

export interface CardStore {
  getSnapshot(): CardState;
  subscribe(listener: () => void): () => void;
  set(patch: Partial<CardState>): void;
}

export function createCardStore(initial: Partial<CardState> = {}): CardStore {
  let state: CardState = { ...CLOSED, ...initial };
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener());
    },
  };
}

/** The entry on screen. */
export const shownEntryId = (state: CardState): string | undefined => state.trail.at(-1)?.id;
