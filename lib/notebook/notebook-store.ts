import type { IDBPTransaction } from 'idb';
import type { NotebookDatabase, NotebookDb } from './database';
import { mentionIdPrefix, type CapturedRecords } from './capture';
import type { NotebookMention, NotebookPage } from './records';

/**
 * Reads and writes of the notebook. Every write is one transaction over both stores, so a crash or
 * a full disk leaves the notebook as it was before that write, never half a page. A page seen again
 * merges: one more visit, fresher metadata, new quotes added; the reader's notes and stars stay.
 */

type DeleteTx = IDBPTransaction<NotebookDb, ('pages' | 'mentions')[], 'readwrite'>;

export type WriteResult = { ok: true } | { ok: false; reason: 'full' | 'failed' };

const isQuotaError = (error: unknown) =>
  error instanceof DOMException
    ? error.name === 'QuotaExceededError'
    : (error as { name?: unknown } | null)?.name === 'QuotaExceededError';

async function write(run: () => Promise<unknown>): Promise<WriteResult> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'failed' };
  }
}

/**
 * An exception between requests does not abort an IndexedDB transaction by itself: it would
 * commit what was already put. Abort it, so a write lands whole or not at all.
 */
async function inOne(tx: { abort(): void; done: Promise<void> }, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}

function mergePage(old: NotebookPage | undefined, next: NotebookPage): NotebookPage {
  if (!old) return next;
  const visits = [...new Set([...old.visits, ...next.visits])].sort((a, b) => a - b);
  return {
    ...next,
    visits,
    lastVisit: visits.at(-1)!,
    note: old.note || next.note,
    starred: old.starred || next.starred,
  };
}

/** The kept record itself when the new one adds nothing to it: it need not be written again. */
function mergeMention(old: NotebookMention | undefined, next: NotebookMention): NotebookMention {
  if (!old) return next;
  const seen = Math.min(old.seen, next.seen);
  const note = old.note || next.note;
  const starred = old.starred || next.starred;
  if (seen === old.seen && note === old.note && starred === old.starred) return old;
  return { ...old, seen, note, starred };
}

/** Stores a page and its mentions, merging with what is kept. Also how an import lands. */
export function savePages(db: NotebookDatabase, records: CapturedRecords[]): Promise<WriteResult> {
  return write(async () => {
    const tx = db.transaction(['pages', 'mentions'], 'readwrite');
    const pages = tx.objectStore('pages');
    const mentions = tx.objectStore('mentions');
    await inOne(tx, async () => {
      for (const { page, mentions: list } of records) {
        await pages.put(mergePage(await pages.get(page.url), page));
        // A page seen again mostly repeats its quotes: they are read in one request, by their ids'
        // common start, and only what is new or changed is written (a request each costs the
        // background some tenths of a millisecond). An imported quote filed otherwise is read alone.
        const prefix = mentionIdPrefix(page.url);
        const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        const kept = new Map((await mentions.getAll(range)).map((m) => [m.id, m]));
        for (const mention of list) {
          const old = mention.id.startsWith(prefix) ? kept.get(mention.id) : await mentions.get(mention.id);
          const merged = mergeMention(old, mention);
          if (merged !== old) await mentions.put(merged);
        }
      }
    });
  });
}

export async function readNotebook(db: NotebookDatabase) {
  const tx = db.transaction(['pages', 'mentions']);
  const [pages, mentions] = await Promise.all([
    tx.objectStore('pages').getAll(),
    tx.objectStore('mentions').getAll(),
  ]);
  await tx.done;
  return { pages, mentions };
}

export type Annotation = { note?: string; starred?: boolean };

export function annotate(
  db: NotebookDatabase,
  store: 'pages' | 'mentions',
  key: string,
  change: Annotation,
): Promise<WriteResult> {
  return write(async () => {
    const tx = db.transaction(store, 'readwrite');
    const record = await tx.store.get(key);
    if (record) await tx.store.put({ ...record, ...change } as NotebookPage & NotebookMention);
    await tx.done;
  });
}

async function deleteWhere(db: NotebookDatabase, pageKeys: (tx: DeleteTx) => Promise<string[]>) {
  return write(async () => {
    const tx = db.transaction(['pages', 'mentions'], 'readwrite');
    await inOne(tx, async () => {
      for (const url of await pageKeys(tx)) {
        await tx.objectStore('pages').delete(url);
        const ids = await tx.objectStore('mentions').index('page').getAllKeys(url);
        for (const id of ids) await tx.objectStore('mentions').delete(id);
      }
    });
  });
}

export const deletePage = (db: NotebookDatabase, url: string) => deleteWhere(db, async () => [url]);

export const deleteSite = (db: NotebookDatabase, site: string) =>
  deleteWhere(db, (tx) => tx.objectStore('pages').index('site').getAllKeys(site));

export function deleteMention(db: NotebookDatabase, id: string): Promise<WriteResult> {
  return write(() => db.delete('mentions', id));
}

export function deleteEverything(db: NotebookDatabase): Promise<WriteResult> {
  return write(async () => {
    const tx = db.transaction(['pages', 'mentions'], 'readwrite');
    await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('mentions').clear(), tx.done]);
  });
}
