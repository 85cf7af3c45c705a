import { PageMetadataSchema, type PageMetadata } from '@/lib/cite/page-metadata';
import type { MentionList, PageMention, RevealResult } from '@/lib/messaging';
import type { PageConnection } from './page-connection';

export type PageState =
  | { status: 'loading' }
  /** No content script answered: a browser page, the extension store, a PDF, or a page opened
   *  before the extension was installed (a reload fixes that one). */
  | { status: 'unsupported' }
  | { status: 'ready'; page: MentionList };

export interface PageStore {
  getSnapshot(): PageState;
  subscribe(listener: () => void): () => void;
  /** Asks the page again now. */
  refresh(): Promise<void>;
  /** Scrolls the page to the mention, flashes it and opens its card. */
  reveal(mention: PageMention): Promise<RevealResult>;
  /** What the page says about itself, checked; null when the page cannot say. */
  metadata(): Promise<PageMetadata | null>;
  /** Starts asking the page again every `pollMs` while the panel is open. */
  start(): void;
  dispose(): void;
}

interface Options {
  /** How often to ask again while open: a page may still be scanning, or live. */
  pollMs?: number;
  /** Quick retries before a silent page counts as unsupported: a content script may be starting. */
  retries?: number;
  retryMs?: number;
}

export function createPageStore(connection: PageConnection, options: Options = {}): PageStore {
  const { pollMs = 2000, retries = 3, retryMs = 250 } = options;
  let state: PageState = { status: 'loading' };
  let lastJson = '';
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let started = false;
  const listeners = new Set<() => void>();
  const set = (next: PageState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  async function refresh(): Promise<void> {
    try {
      const page = await connection.list();
      failures = 0;
      // The same answer as last time keeps the same object: no re-render, no lost focus.
      const json = JSON.stringify(page);
      if (json !== lastJson || state.status !== 'ready') {
        lastJson = json;
        set({ status: 'ready', page });
      }
    } catch {
      failures++;
      lastJson = '';
      if (state.status !== 'loading' || failures > retries) {
        if (state.status !== 'unsupported') set({ status: 'unsupported' });
      }
    }
  }

  const schedule = () => {
    if (disposed) return;
    const delay = state.status === 'loading' ? retryMs : pollMs;
    timer = setTimeout(() => void refresh().then(schedule), delay);
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    async reveal(mention) {
      // One message: card/open scrolls, flashes and opens the card (a frame whose card cannot
      // show still reveals). A reveal before it would scroll and flash the mention twice.
      const result = await connection
        .send({ type: 'card/open', index: mention.index }, mention.frameId)
        .catch((): RevealResult => ({ ok: false, reason: 'unknown-mention' }));
      if (!result.ok) await refresh();
      return result;
    },
    async metadata() {
      const answer = await connection.metadata?.().catch(() => null);
      const parsed = PageMetadataSchema.safeParse(answer);
      return parsed.success ? parsed.data : null;
    },
    start() {
      if (started || disposed) return;
      started = true;
      void refresh().then(schedule);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      listeners.clear();
    },
  };
}
