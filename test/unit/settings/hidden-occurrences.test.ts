import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  HIDDEN_LIMITS,
  isOccurrenceHidden,
  pageKey,
  parseHiddenPage,
  withHidden,
} from '@/lib/settings/hidden-occurrences';
import { createHiddenOccurrenceStorage } from '@/lib/settings/storage';

const lead = (ordinal: number, context = '') => ({ termId: 'lead', ordinal, context });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('hidden occurrences', () => {
  test('a page is its http(s) URL without the hash', () => {
    expect(pageKey('https://example.com/a?b=1#section')).toBe('https://example.com/a?b=1');
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
    expect(await hidden.load('https://example.com/0')).toEqual([]);
    expect(await hidden.load('https://example.com/1')).toEqual([lead(0)]);
    const all = await fakeBrowser.storage.local.get(null as unknown as string[]);
    expect(Object.keys(all).filter((key) => key.startsWith('hidden:'))).toHaveLength(HIDDEN_LIMITS.pages);
  });
});
