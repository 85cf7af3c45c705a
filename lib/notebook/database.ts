import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { NotebookMention, NotebookPage } from './records';

/**
 * The notebook's IndexedDB database, opened in the extension's own origin (the background and the
 * notebook page), never in a page's: on this device only, never synced. Versioned: each version has
 * its own upgrade step, run in order, so a notebook made by any earlier build opens in this one.
 * Bump NOTEBOOK_DB_VERSION only with a new step and its test.
 */

export const NOTEBOOK_DB_NAME = 'mineral-lens-notebook';
export const NOTEBOOK_DB_VERSION = 2;

export interface NotebookDb extends DBSchema {
  pages: {
    key: string;
    value: NotebookPage;
    indexes: { site: string; lastVisit: number; language: string };
  };
  mentions: {
    key: string;
    value: NotebookMention;
    indexes: { page: string; termId: string; category: string; seen: number };
  };
}

export type NotebookDatabase = IDBPDatabase<NotebookDb>;
type UpgradeTx = IDBPTransaction<NotebookDb, StoreNames<NotebookDb>[], 'versionchange'>;

/** Step n turns a version n-1 database into version n. */
const UPGRADES: Record<number, (db: NotebookDatabase, tx: UpgradeTx) => void> = {
  // v1: pages by address, mentions by id, looked up by page (delete) and by term (timeline).
  1: (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('site', 'site');
    pages.createIndex('lastVisit', 'lastVisit');
    const mentions = db.createObjectStore('mentions', { keyPath: 'id' });
    mentions.createIndex('page', 'page');
    mentions.createIndex('termId', 'termId');
  },
  // v2: the filters by language and category, and the date-range filter on mentions.
  2: (_db, tx) => {
    tx.objectStore('pages').createIndex('language', 'language');
    tx.objectStore('mentions').createIndex('category', 'category');
    tx.objectStore('mentions').createIndex('seen', 'seen');
  },
};

/** `version` is for tests of the upgrade path only. */
export function openNotebook(
  name = NOTEBOOK_DB_NAME,
  version = NOTEBOOK_DB_VERSION,
): Promise<NotebookDatabase> {
  return openDB<NotebookDb>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion + 1; step <= (newVersion ?? version); step++) UPGRADES[step]!(db, tx);
    },
  });
}
