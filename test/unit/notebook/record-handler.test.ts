import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openNotebook } from '@/lib/notebook/database';
import { isExtensionMessage } from '@/lib/messaging/messages';
import type { NotebookMessage } from '@/lib/notebook/notebook-messages';
import { readNotebook } from '@/lib/notebook/notebook-store';
import { handleNotebookMessage, type RecordContext } from '@/lib/notebook/record-handler';
import type { SenderRole } from '@/lib/background/sender-role';
import { capture, mention, metadata } from './capture-fixture';

let names = 0;
const page: SenderRole = { kind: 'page', url: 'https://www.minewire.example/2026/lithium' };
const lithium = mention('lithium', 'lithium', 'Chile’s lithium output rose again.');
const record = (): NotebookMessage => ({ type: 'notebook/record', ...capture([lithium]) });

async function context(extra: Partial<RecordContext> = {}) {
  const db = await openNotebook(`handler-${++names}`);
  const ctx: RecordContext = {
    role: page,
    incognito: false,
    db: async () => db,
    notebookOn: async () => true,
    readTab: async () => ({ incognito: false, ...capture([lithium]) }),
    now: () => 5000,
    ...extra,
  };
  return { ctx, kept: () => readNotebook(db) };
}

describe('the background keeps pages for the notebook', () => {
  test('a page in a normal window, with the notebook on, is kept', async () => {
    const { ctx, kept } = await context();
    expect(await handleNotebookMessage(record(), ctx)).toEqual({ ok: true });
    expect((await kept()).pages.map((p) => p.url)).toEqual([page.url]);
  });

  test('nothing from a private window, whatever the message says', async () => {
    const { ctx, kept } = await context({ incognito: true });
    expect(await handleNotebookMessage(record(), ctx)).toEqual({ ok: false, reason: 'private' });
    expect(await kept()).toEqual({ pages: [], mentions: [] });
  });

  test('nothing with the notebook off', async () => {
    const { ctx, kept } = await context({ notebookOn: async () => false });
    expect(await handleNotebookMessage(record(), ctx)).toEqual({ ok: false, reason: 'off' });
    expect(await kept()).toEqual({ pages: [], mentions: [] });
  });

  test('"Save this page" keeps one page with the notebook off, but never a private tab', async () => {
    const off = await context({ notebookOn: async () => false, role: { kind: 'panel' } });
    expect(await handleNotebookMessage({ type: 'notebook/save', tabId: 7 }, off.ctx)).toEqual({ ok: true });
    expect((await off.kept()).pages).toHaveLength(1);
    const hidden = await context({
      role: { kind: 'panel' },
      readTab: async () => ({ incognito: true, ...capture([lithium]) }),
    });
    expect(await handleNotebookMessage({ type: 'notebook/save', tabId: 7 }, hidden.ctx)).toEqual({
      ok: false,
      reason: 'private',
    });
    expect(await hidden.kept()).toEqual({ pages: [], mentions: [] });
  });

  test('a content script cannot ask to save a tab, nor file a page under another address', async () => {
    const { ctx, kept } = await context();
    expect(await handleNotebookMessage({ type: 'notebook/save', tabId: 7 }, ctx)).toEqual({
      ok: false,
      reason: 'refused',
    });
    const forged: NotebookMessage = {
      type: 'notebook/record',
      ...capture([lithium], metadata({ url: 'https://bank.example/', canonicalUrl: null })),
    };
    forged.list.url = 'https://bank.example/';
    await handleNotebookMessage(forged, ctx);
    expect((await kept()).pages.map((p) => p.url)).toEqual([page.url]);
  });

  test('messages are checked before they are handled', () => {
    expect(isExtensionMessage({ type: 'notebook/save', tabId: '7' })).toBe(false);
    expect(isExtensionMessage({ type: 'notebook/record', list: { url: 'x' } })).toBe(false);
    expect(isExtensionMessage(record())).toBe(true);
  });
});
