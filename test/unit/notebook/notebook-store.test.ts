import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { captureRecords } from '@/lib/notebook/capture';
import { NOTEBOOK_DB_VERSION, openNotebook, type NotebookDatabase } from '@/lib/notebook/database';
import {
  annotate,
  deleteEverything,
  deletePage,
  deleteSite,
  readNotebook,
  savePages,
} from '@/lib/notebook/notebook-store';
import { capture, mention, metadata } from './capture-fixture';

let names = 0;
let open: NotebookDatabase[] = [];
async function fresh(version?: number) {
  const db = await openNotebook(`test-${++names}`, version);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

const lithium = mention(
  'lithium',
  'lithium',
  'Chile’s lithium output rose again as new brine projects came online.',
);
const cobalt = mention(
  'cobalt',
  'cobalt',
  'Most cobalt still comes from the Democratic Republic of the Congo.',
);
const other = (url: string) =>
  captureRecords(capture([lithium], metadata({ url, canonicalUrl: url, title: url })), 1000);

describe('the notebook database', () => {
  test('a version 1 notebook upgrades to the current version and keeps its pages', async () => {
    const name = `test-${++names}`;
    const v1 = await openNotebook(name, 1);
    await v1.put('pages', captureRecords(capture([lithium]), 1000).page);
    v1.close();
    const db = await openNotebook(name);
    open.push(db);
    expect(db.version).toBe(NOTEBOOK_DB_VERSION);
    expect(await db.count('pages')).toBe(1);
    expect([...db.transaction('mentions').store.indexNames]).toEqual(
      expect.arrayContaining(['page', 'termId', 'category', 'seen']),
    );
    expect(await db.getAllKeysFromIndex('pages', 'language', 'en')).toHaveLength(1);
  });

  test('a page and its quotes are written and read back, with the metadata lib/cite read', async () => {
    const db = await fresh();
    expect(await savePages(db, [captureRecords(capture([lithium, cobalt]), 1000)])).toEqual({ ok: true });
    const { pages, mentions } = await readNotebook(db);
    expect(pages).toMatchObject([
      {
        url: 'https://www.minewire.example/2026/lithium',
        title: 'Lithium miners race to meet demand',
        site: 'minewire.example',
        siteName: 'MineWire',
        authors: [{ family: 'Ruiz', given: 'Ana' }],
        published: '2026-03-04',
        visits: [1000],
      },
    ]);
    expect(mentions.map((m) => m.selector)).toContainEqual({
      type: 'TextQuoteSelector',
      exact: 'lithium',
      prefix: 'Chile’s ',
      suffix: ' output rose again as new brine ',
    });
  });

  test('a second visit merges: one page, one more visit, no duplicate quote, notes and stars kept', async () => {
    const db = await fresh();
    await savePages(db, [captureRecords(capture([lithium]), 1000)]);
    const [kept] = (await readNotebook(db)).mentions;
    await annotate(db, 'mentions', kept!.id, { note: 'key figure', starred: true });
    await annotate(db, 'pages', kept!.page, { note: 'read again' });
    await savePages(db, [captureRecords(capture([lithium, cobalt]), 2000)]);
    const { pages, mentions } = await readNotebook(db);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ visits: [1000, 2000], lastVisit: 2000, note: 'read again' });
    expect(mentions).toHaveLength(2);
    expect(mentions.find((m) => m.termId === 'lithium')).toMatchObject({
      note: 'key figure',
      starred: true,
      seen: 1000,
    });
  });

  test('a page seen again costs the background one read of its quotes and one write, not two per quote', async () => {
    const db = await fresh();
    const many = Array.from({ length: 30 }, (_, i) =>
      mention('lithium', 'lithium', `Chile’s lithium output rose again, ${i} brine projects on.`),
    );
    await savePages(db, [captureRecords(capture(many), 1000)]);
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    try {
      await savePages(db, [captureRecords(capture([...many, cobalt]), 2000)]);
      // The page's record and the one new quote; the 30 kept quotes are read together and left as they are.
      expect(puts).toHaveBeenCalledTimes(2);
      expect(gets).toHaveBeenCalledTimes(1);
    } finally {
      gets.mockRestore();
      puts.mockRestore();
    }
    const { pages, mentions } = await readNotebook(db);
    expect(pages[0]!.visits).toEqual([1000, 2000]);
    expect(mentions).toHaveLength(31);
    expect(mentions.every((m) => m.seen === (m.termId === 'cobalt' ? 2000 : 1000))).toBe(true);
  });

  test('deleting a page takes its quotes; deleting a site takes all its pages; everything empties it', async () => {
    const db = await fresh();
    await savePages(db, [
      captureRecords(capture([lithium, cobalt]), 1000),
      other('https://minewire.example/2026/cobalt'),
      other('https://www.otherpaper.example/nickel'),
    ]);
    await deletePage(db, 'https://www.minewire.example/2026/lithium');
    let kept = await readNotebook(db);
    expect(kept.pages.map((p) => p.url).sort()).toEqual([
      'https://minewire.example/2026/cobalt',
      'https://www.otherpaper.example/nickel',
    ]);
    expect(kept.mentions.map((m) => m.page).sort()).toEqual(kept.pages.map((p) => p.url).sort());
    await deleteSite(db, 'minewire.example');
    kept = await readNotebook(db);
    expect(kept.pages.map((p) => p.site)).toEqual(['otherpaper.example']);
    await deleteEverything(db);
    kept = await readNotebook(db);
    expect(kept).toEqual({ pages: [], mentions: [] });
  });

  test('a write that fails leaves nothing half-written, and a full disk says so', async () => {
    const db = await fresh();
    const records = captureRecords(capture([lithium, cobalt]), 1000);
    // The second mention's put throws the way a full disk does, after the page was put.
    const broken = {
      ...records,
      mentions: [
        records.mentions[0]!,
        {
          ...records.mentions[1]!,
          get id(): string {
            throw new DOMException('full', 'QuotaExceededError');
          },
        },
      ],
    };
    expect(await savePages(db, [broken])).toEqual({ ok: false, reason: 'full' });
    expect(await readNotebook(db)).toEqual({ pages: [], mentions: [] });
  });

  test('a page cannot file itself under another site’s address', async () => {
    const spoof = metadata({ canonicalUrl: 'https://bank.example/statement' });
    expect(captureRecords(capture([lithium], spoof), 1).page.url).toBe(
      'https://www.minewire.example/2026/lithium',
    );
  });

  test('mentions in embedded frames are not filed under the page', async () => {
    const framed = mention('cobalt', 'cobalt', 'cobalt ads', {
      frameId: 3,
      frameUrl: 'https://ads.example/',
    });
    expect(captureRecords(capture([lithium, framed]), 1).mentions.map((m) => m.termId)).toEqual(['lithium']);
  });
});
