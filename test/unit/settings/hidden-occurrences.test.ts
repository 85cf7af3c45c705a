import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  HIDDEN_LIMITS,
  MAX_AGE_DAYS,
  isOccurrenceHidden,
  pageKey,
  parseHiddenPage,
  withHidden,
} from '@/lib/settings/hidden-occurrences';
import { createHiddenWriter } from '@/lib/settings/hidden-writer';
import { loadHiddenOccurrences } from '@/lib/settings/storage';

/** The background's writer, and reading as a content script does. */
function createHiddenOccurrenceStorage() {
  const writer = createHiddenWriter();
  return {
    ...writer,
    load: (url: string, now?: number) => loadHiddenOccurrences(url, fakeBrowser.storage, now),
  };
}

const lead = (ordinal: number, context = '') => ({ termId: 'lead', ordinal, context });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('hidden occurrences', () => {
  test('a page is its http(s) origin and path: no query (searches, tokens), no hash, no credentials', () => {
    expect(pageKey('https://example.com/a?b=1#section')).toBe('https://example.com/a');
    expect(pageKey('https://user:secret@example.com/a?token=abc')).toBe('https://example.com/a');
    expect(pageKey('HTTPS://Example.com/a')).toBe('https://example.com/a');
    expect(pageKey('file:///tmp/a.html')).toBeNull();
    expect(pageKey('not a url')).toBeNull();
    expect(pageKey(`https://example.com/${'a'.repeat(5000)}`)).toBeNull();
  });

  test('matches by context when both have one, else by ordinal', () => {
    const items = [lead(2, 'the lead singer'), lead(5)];
    expect(isOccurrenceHidden(items, lead(7, 'the lead singer'))).toBe(true);
    expect(isOccurrenceHidden(items, lead(2, 'lead ore prices'))).toBe(false);
    expect(isOccurrenceHidden(items, lead(5, 'anything'))).toBe(true);
    expect(isOccurrenceHidden(items, { termId: 'tin', ordinal: 5, context: '' })).toBe(false);
  });

  test('a page keeps at most the newest entries, without duplicates, with context cut short', () => {
    let page = parseHiddenPage(undefined);
    for (let i = 0; i < HIDDEN_LIMITS.perPage + 20; i++) page = withHidden(page, lead(i), i);
    page = withHidden(page, lead(HIDDEN_LIMITS.perPage + 19), 999);
    expect(page.items).toHaveLength(HIDDEN_LIMITS.perPage);
    expect(page.items[0]).toEqual(lead(20));
    expect(withHidden(page, lead(0, 'x'.repeat(1000)), 1).items.at(-1)?.context).toHaveLength(
      HIDDEN_LIMITS.context,
    );
  });

  test('stored junk is skipped, never thrown', () => {
    expect(parseHiddenPage('junk')).toEqual({ updatedAt: 0, items: [] });
    expect(
      parseHiddenPage({
        updatedAt: 5,
        items: [lead(1), { termId: '__proto__', ordinal: 1, context: '' }, 7],
      }),
    ).toEqual({ updatedAt: 5, items: [lead(1)] });
  });

  test('remembered per page in storage.local, and forgotten on request', async () => {
    const hidden = createHiddenOccurrenceStorage();
    await hidden.hide('https://example.com/story#top', lead(3, 'lead singer'));
    expect(await hidden.load('https://example.com/story')).toEqual([lead(3, 'lead singer')]);
    expect(await hidden.load('https://example.com/other')).toEqual([]);
    await hidden.unhideAll('https://example.com/story#x');
    expect(await hidden.load('https://example.com/story')).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(null as unknown as string[])).toEqual({});
  });

  test('past the page cap, the least recently updated pages are forgotten', async () => {
    const hidden = createHiddenOccurrenceStorage();
    for (let i = 0; i <= HIDDEN_LIMITS.pages; i++) await hidden.hide(`https://example.com/${i}`, lead(0), i);
    expect(await hidden.load('https://example.com/0', HIDDEN_LIMITS.pages)).toEqual([]);
    expect(await hidden.load('https://example.com/1', HIDDEN_LIMITS.pages)).toEqual([lead(0)]);
    const all = await fakeBrowser.storage.local.get(null as unknown as string[]);
    expect(Object.keys(all).filter((key) => key.startsWith('hidden:'))).toHaveLength(HIDDEN_LIMITS.pages);
  });

  test('a page is stored without its query, and the same story with another query finds it', async () => {
    const hidden = createHiddenOccurrenceStorage();
    await hidden.hide('https://example.com/story?session=SECRET&q=lithium#top', lead(3, 'lead singer'));
    const keys = Object.keys(await fakeBrowser.storage.local.get(null as unknown as string[]));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null as unknown as string[]))).not.toContain(
      'SECRET',
    );
    expect(keys).toContain('hidden:https://example.com/story');
    expect(await hidden.load('https://example.com/story?utm=x')).toEqual([lead(3, 'lead singer')]);
  });

  test(`a page's list is forgotten ${MAX_AGE_DAYS} days after it last changed: read as empty, pruned on write`, async () => {
    const day = 24 * 60 * 60 * 1000;
    const hidden = createHiddenOccurrenceStorage();
    await hidden.hide('https://example.com/old', lead(1), 0);
    await hidden.hide('https://example.com/recent', lead(2), 80 * day);
    expect(await hidden.load('https://example.com/old', MAX_AGE_DAYS * day)).toEqual([lead(1)]);
    expect(await hidden.load('https://example.com/old', MAX_AGE_DAYS * day + 1)).toEqual([]);
    await hidden.hide('https://example.com/new', lead(3), MAX_AGE_DAYS * day + 1);
    const all = await fakeBrowser.storage.local.get(null as unknown as string[]);
    expect(Object.keys(all).sort()).toEqual([
      'hidden:https://example.com/new',
      'hidden:https://example.com/recent',
      'hiddenPages',
    ]);
  });

  test('pruning drops lists kept under an older key with a query string, and clear drops all', async () => {
    await fakeBrowser.storage.local.set({
      'hidden:https://example.com/a?q=secret': { updatedAt: 1, items: [lead(1)] },
      hiddenPages: { 'https://example.com/a?q=secret': 1 },
      settings: { enabled: false },
    });
    const hidden = createHiddenOccurrenceStorage();
    await hidden.hide('https://example.com/b', lead(2), 2);
    await hidden.prune(3);
    expect(Object.keys(await fakeBrowser.storage.local.get(null as unknown as string[])).sort()).toEqual([
      'hidden:https://example.com/b',
      'hiddenPages',
      'settings',
    ]);
    await hidden.clear();
    expect(await fakeBrowser.storage.local.get(null as unknown as string[])).toEqual({
      settings: { enabled: false },
    });
  });
});
