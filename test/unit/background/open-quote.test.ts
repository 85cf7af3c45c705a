import { describe, expect, test, vi } from 'vitest';
import { answerBackgroundMessages } from '@/lib/background/background-messages';
import type { QuoteTabs } from '@/lib/background/open-quote';
import type { MessageEvents } from '@/lib/messaging/handle-messages';

// A notebook quote's link, activated: the background opens the article at its text fragment,
// waits for the tab's top frame, then asks it to find the quote; only the notebook page may ask.

const ORIGIN = 'chrome-extension://lens/';
const SELECTOR = {
  type: 'TextQuoteSelector',
  prefix: 'noted that the ',
  exact: 'graphite',
  suffix: ' plant',
};
const REQUEST = { type: 'notebook/open-quote', url: 'https://news.example/report', selector: SELECTOR };

function background() {
  let listener: Parameters<MessageEvents['addListener']>[0] | undefined;
  const events: MessageEvents = { addListener: (l) => void (listener = l), removeListener: () => undefined };
  // The tab loads on the second look; its content script answers from the third message on.
  const statuses = ['loading', 'complete'];
  const tabs: QuoteTabs = {
    create: vi.fn(async () => ({ id: 7 })),
    get: vi.fn(async () => ({ status: statuses.shift() ?? 'complete' })),
  };
  let asked = 0;
  const send = vi.fn(async () => (++asked < 3 ? Promise.reject(new Error('no receiver')) : { found: true }));
  answerBackgroundMessages({
    writers: {} as never,
    entries: async () => null,
    recognize: async () => [],
    notebook: async () => undefined,
    runtime: { id: 'lens', getURL: (path: string) => ORIGIN + path.replace(/^\//, '') },
    send: send as never,
    tabs,
    events,
  });
  vi.useFakeTimers();
  const deliver = async (sender: object) => {
    const reply = listener!(REQUEST, { id: 'lens', ...sender });
    await vi.runAllTimersAsync();
    return reply;
  };
  return { deliver, tabs, send };
}

const NOTEBOOK_TAB = { url: `${ORIGIN}notebook.html`, tab: { id: 3, url: `${ORIGIN}notebook.html` } };

describe('notebook/open-quote', () => {
  test('opens the fragment link beside the notebook, then asks the loaded top frame to find the quote', async () => {
    const { deliver, tabs, send } = background();
    expect(await deliver(NOTEBOOK_TAB)).toEqual({ found: true });
    expect(tabs.create).toHaveBeenCalledWith({
      url: 'https://news.example/report#:~:text=noted%20that%20the-,graphite,-plant',
      openerTabId: 3,
    });
    expect(send).toHaveBeenCalledTimes(3);
    expect(send).toHaveBeenCalledWith(7, { type: 'page/find-quote', selector: SELECTOR }, { frameId: 0 });
    vi.useRealTimers();
  });

  test('refused from the panel popup and from a web page', async () => {
    for (const sender of [
      { url: `${ORIGIN}popup.html` },
      { url: 'https://news.example/', tab: { id: 4, url: 'https://news.example/' } },
    ]) {
      const { deliver, tabs } = background();
      expect(await deliver(sender)).toBeUndefined();
      expect(tabs.create).not.toHaveBeenCalled();
      vi.useRealTimers();
    }
  });
});
