import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabConnection, resolveTargetTab } from '@/lib/panel/tab-connection';
import { PAGE } from './mention-fixture';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

type Tab = Awaited<ReturnType<typeof browser.tabs.getCurrent>>;
const asTab = (id: number) => ({ id }) as unknown as Tab;

describe('the tab the panel reports on', () => {
  test('as a popup: the active tab of its window, whatever the URL says', async () => {
    vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(undefined as unknown as Tab);
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([asTab(12)] as never);
    expect(await resolveTargetTab('?tab=99')).toBe(12);
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  test('in a tab of its own: the tab named by ?tab=, or none', async () => {
    vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(asTab(5));
    expect(await resolveTargetTab('?tab=42')).toBe(42);
    for (const search of ['', '?tab=', '?tab=-1', '?tab=1.5', '?tab=abc']) {
      expect(await resolveTargetTab(search), search).toBeNull();
    }
  });
});

describe('the tab connection', () => {
  test('asks frame 0 for the list, and the owning frame for a mention', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(PAGE as never);
    const connection = createTabConnection(Promise.resolve(7));
    expect(await connection.list()).toBe(PAGE);
    send.mockResolvedValue({ ok: true } as never);
    await connection.send({ type: 'mentions/reveal', index: 4 }, 3);
    expect(send.mock.calls).toEqual([
      [7, { type: 'mentions/list' }, { frameId: 0 }],
      [7, { type: 'mentions/reveal', index: 4 }, { frameId: 3 }],
    ]);
  });

  test('a page with no content script, no answer, or no tab at all rejects', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist'));
    await expect(createTabConnection(Promise.resolve(7)).list()).rejects.toThrow();
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValueOnce(undefined as never);
    await expect(createTabConnection(Promise.resolve(7)).list()).rejects.toThrow('no answer');
    await expect(createTabConnection(Promise.resolve(null)).list()).rejects.toThrow('no tab');
  });
});
