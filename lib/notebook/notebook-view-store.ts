import type { NotebookDatabase } from './database';
import {
  annotate,
  deleteEverything,
  deleteMention,
  deletePage,
  deleteSite,
  readNotebook,
  savePages,
  type Annotation,
  type WriteResult,
} from './notebook-store';
import type { NotebookData } from './notebook-query';
import type { CapturedRecords } from './capture';

/**
 * The notebook page's store: what is kept, read whole (a notebook is thousands of quotes, not
 * millions) and read again after each change, so the page always shows what is stored. Made from a
 * database, so tests render the page over fake-indexeddb.
 */
export type NotebookViewState =
  { status: 'loading' } | { status: 'ready'; data: NotebookData; error?: 'full' | 'failed' };

export function createNotebookViewStore(db: NotebookDatabase) {
  let state: NotebookViewState = { status: 'loading' };
  const listeners = new Set<() => void>();
  const set = (next: NotebookViewState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const reload = async (result?: WriteResult) => {
    const data = await readNotebook(db);
    set({ status: 'ready', data, error: result && !result.ok ? result.reason : undefined });
    return result ?? ({ ok: true } as const);
  };
  const after = (write: Promise<WriteResult>) => write.then(reload);
  return {
    getSnapshot: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: () => reload(),
    annotatePage: (url: string, change: Annotation) => after(annotate(db, 'pages', url, change)),
    annotateMention: (id: string, change: Annotation) => after(annotate(db, 'mentions', id, change)),
    deletePage: (url: string) => after(deletePage(db, url)),
    deleteSite: (site: string) => after(deleteSite(db, site)),
    deleteMention: (id: string) => after(deleteMention(db, id)),
    deleteAll: () => after(deleteEverything(db)),
    merge: (records: CapturedRecords[]) => after(savePages(db, records)),
  };
}

export type NotebookViewStore = ReturnType<typeof createNotebookViewStore>;
