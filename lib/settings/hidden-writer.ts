import { browser } from 'wxt/browser';
import { serialQueue } from './adapter';
import {
  isExpired,
  pageKey,
  pagesToEvict,
  parseHiddenIndex,
  parseHiddenPage,
  withHidden,
  type HiddenOccurrence,
} from './hidden-occurrences';
import { HIDDEN_INDEX, HIDDEN_PAGE_PREFIX, type StorageApi } from './storage';

/**
 * The one writer of the hidden occurrences, in the background: one queue for every tab and frame,
 * so six frames hiding at once leave six pages in the index and the page cap holds. Each write
 * also forgets pages past the age limit or the cap (./hidden-occurrences.ts).
 */
export function createHiddenWriter(api: Pick<StorageApi, 'local'> = browser.storage) {
  const serial = serialQueue();
  const keyFor = (url: string) => {
    const page = pageKey(url);
    return page === null ? null : { page, key: HIDDEN_PAGE_PREFIX + page };
  };

  /** Drops expired and over-cap pages (and `extra`) from the index; returns their storage keys. */
  function forget(index: Record<string, number>, now: number, extra: string[] = []): string[] {
    const evicted = [...pagesToEvict(index, now), ...extra];
    for (const old of evicted) delete index[old];
    return evicted.map((old) => HIDDEN_PAGE_PREFIX + old);
  }

  return {
    /** Remembers one more hidden occurrence on the page at `url`; returns the page's list. */
    hide: (url: string, occurrence: HiddenOccurrence, now = Date.now()) =>
      serial(async (): Promise<HiddenOccurrence[]> => {
        const target = keyFor(url);
        if (!target) return [];
        const stored = await api.local.get([target.key, HIDDEN_INDEX]);
        const before = parseHiddenPage(stored[target.key]);
        const fresh = isExpired(before.updatedAt, now) ? { updatedAt: now, items: [] } : before;
        const page = withHidden(fresh, occurrence, now);
        const index = parseHiddenIndex(stored[HIDDEN_INDEX]);
        index[target.page] = now;
        const stale = forget(index, now);
        await api.local.set({ [target.key]: page, [HIDDEN_INDEX]: { ...index } });
        if (stale.length > 0) await api.local.remove(stale);
        return page.items;
      }),
    /** Shows every hidden occurrence on the page at `url` again. */
    unhideAll: (url: string, now = Date.now()) =>
      serial(async (): Promise<HiddenOccurrence[]> => {
        const target = keyFor(url);
        if (!target) return [];
        const index = parseHiddenIndex((await api.local.get(HIDDEN_INDEX))[HIDDEN_INDEX]);
        const stale = forget(index, now, [target.page]);
        await api.local.set({ [HIDDEN_INDEX]: { ...index } });
        await api.local.remove([...new Set([target.key, ...stale])]);
        return [];
      }),
    /**
     * Forgets every hidden occurrence (Settings > Reset), and on install or update every stored
     * page list, indexed or not, including ones kept under an older key with a query string.
     */
    clear: () =>
      serial(async (): Promise<HiddenOccurrence[]> => {
        const all = await api.local.get(null as unknown as string[]);
        const keys = Object.keys(all).filter((key) => key.startsWith(HIDDEN_PAGE_PREFIX));
        await api.local.remove([...keys, HIDDEN_INDEX]);
        return [];
      }),
    /** Drops what is past the age limit or the cap, and lists no index knows of (old key formats). */
    prune: (now = Date.now()) =>
      serial(async (): Promise<void> => {
        const all = await api.local.get(null as unknown as string[]);
        const index = parseHiddenIndex(all[HIDDEN_INDEX]);
        forget(index, now);
        const keys = Object.keys(all).filter((key) => key.startsWith(HIDDEN_PAGE_PREFIX));
        const orphans = keys.filter((key) => !Object.hasOwn(index, key.slice(HIDDEN_PAGE_PREFIX.length)));
        if (all[HIDDEN_INDEX] !== undefined) await api.local.set({ [HIDDEN_INDEX]: { ...index } });
        if (orphans.length > 0) await api.local.remove(orphans);
      }),
  };
}

export type HiddenWriter = ReturnType<typeof createHiddenWriter>;
