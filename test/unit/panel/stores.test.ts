import { afterEach, describe, expect, test, vi } from 'vitest';
import type { MentionList } from '@/lib/messaging';
import { createBrowseStore } from '@/lib/panel/browse-store';
import { createPageStore } from '@/lib/panel/page-store';
import { createSearchIndex } from '@/lib/search/search-index';
import { ENTRIES, PAGE } from './mention-fixture';

afterEach(() => vi.useRealTimers());

function connection(answers: (MentionList | Error)[]) {
  return {
    list: vi.fn(async () => {
      const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    send: vi.fn(async (_request: { type: string; index: number }, _frameId: number) => ({
      ok: true as const,
    })),
  };
}

describe('page store', () => {
  test('a page that does not answer is retried quickly, then called unsupported', async () => {
    vi.useFakeTimers();
    const page = createPageStore(connection([new Error('no receiver')]), { retries: 2, retryMs: 100 });
    page.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.getSnapshot().status).toBe('loading');
    await vi.advanceTimersByTimeAsync(200);
    expect(page.getSnapshot().status).toBe('unsupported');
    page.dispose();
  });

  test('a content script that starts late is picked up by the next poll', async () => {
    vi.useFakeTimers();
    const fake = connection([new Error('no receiver'), PAGE]);
    const page = createPageStore(fake, { retries: 0, retryMs: 100, pollMs: 1000 });
    page.start();
    await vi.advanceTimersByTimeAsync(150);
    expect(page.getSnapshot().status).toBe('unsupported');
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.getSnapshot()).toEqual({ status: 'ready', page: PAGE });
    page.dispose();
  });

  test('the same answer keeps the same snapshot, so nothing re-renders', async () => {
    const page = createPageStore(connection([PAGE, structuredClone(PAGE)]));
    const listener = vi.fn();
    page.subscribe(listener);
    await page.refresh();
    const first = page.getSnapshot();
    await page.refresh();
    expect(page.getSnapshot()).toBe(first);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('a failed reveal asks the page for its list again; a good one opens the card', async () => {
    const fake = connection([PAGE]);
    const page = createPageStore(fake);
    await page.refresh();
    fake.send.mockResolvedValueOnce({ ok: false, reason: 'unknown-mention' } as never);
    expect(await page.reveal(PAGE.mentions[0]!)).toEqual({ ok: false, reason: 'unknown-mention' });
    expect(fake.list).toHaveBeenCalledTimes(2);
    fake.send.mockClear();
    expect(await page.reveal(PAGE.mentions[12]!)).toEqual({ ok: true });
    // One message: card/open reveals the mention itself; a reveal first would scroll and flash twice.
    expect(fake.send.mock.calls.map(([request, frame]) => [request.type, frame])).toEqual([['card/open', 3]]);
  });

  test('a reveal the page rejects counts as a mention that is gone', async () => {
    const fake = connection([PAGE]);
    fake.send.mockRejectedValueOnce(new Error('frame gone'));
    const page = createPageStore(fake);
    expect(await page.reveal(PAGE.mentions[0]!)).toEqual({ ok: false, reason: 'unknown-mention' });
  });
});

describe('browse store', () => {
  const store = () => createBrowseStore(createSearchIndex(ENTRIES.entries));

  test('starts with every entry, the first highlighted', () => {
    const browse = store();
    expect(browse.getSnapshot()).toMatchObject({ query: '', active: 0, trail: [] });
    expect(browse.getSnapshot().results).toHaveLength(ENTRIES.entries.length);
  });

  test('the highlight stops at either end; nothing to highlight when nothing matches', () => {
    const browse = store();
    browse.setQuery('lith');
    browse.move(-1);
    expect(browse.getSnapshot().active).toBe(0);
    browse.move('last');
    browse.move(1);
    expect(browse.getSnapshot().active).toBe(browse.getSnapshot().results.length - 1);
    browse.move('first');
    expect(browse.getSnapshot().active).toBe(0);
    browse.setQuery('zzzz');
    expect(browse.getSnapshot().active).toBe(-1);
    browse.move(1);
    expect(browse.getSnapshot().active).toBe(-1);
  });

  test('opening stacks entries; a new query or filter goes back to the results', () => {
    const browse = store();
    browse.open('rare-earth-elements');
    browse.open('neodymium');
    expect(browse.getSnapshot().trail).toEqual(['rare-earth-elements', 'neodymium']);
    browse.back();
    expect(browse.getSnapshot().trail).toEqual(['rare-earth-elements']);
    browse.show('lithium');
    expect(browse.getSnapshot().trail).toEqual(['lithium']);
    browse.setFilter('category', 'law');
    expect(browse.getSnapshot()).toMatchObject({ trail: [], filters: { category: 'law' } });
    browse.setFilter('category', '');
    expect(browse.getSnapshot().filters).toEqual({ category: undefined });
  });
});
