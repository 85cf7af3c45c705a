// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createFrameRelay, MAX_FRAME_MENTIONS } from '@/lib/page/frame-relay';
import type { PageMention } from '@/lib/messaging';
import type { ExtensionMessage } from '@/lib/messaging/messages';
import type { PageEngine } from '@/lib/page/engine';

// A sub-frame's push is one task: the listing, each mention's snippet and the message's
// serialisation. A hostile ad frame of names by the hundred thousand made it a long one; it now
// sends its first MAX_FRAME_MENTIONS. Counted as the mentions the engine is asked to build.

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('a sub-frame asks for and sends at most MAX_FRAME_MENTIONS mentions', async () => {
  const onPage = 150_000;
  let built = 0;
  const engine = {
    mentions: (limit = Infinity) => {
      const n = Math.min(limit, onPage);
      built += n;
      return Array.from({ length: n }, (_, index) => ({ index, termId: 'lithium' }) as PageMention);
    },
  } as unknown as PageEngine;
  const sent: ExtensionMessage[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message as ExtensionMessage);
  });
  const life = new AbortController();
  const relay = createFrameRelay(engine, false, life.signal);
  relay.receive({ type: 'frame/resend' });
  await Promise.resolve();
  const pushed = sent.find((m) => m.type === 'frame/mentions');
  expect(pushed?.type === 'frame/mentions' && pushed.mentions.length).toBe(MAX_FRAME_MENTIONS);
  expect(built).toBe(MAX_FRAME_MENTIONS);
  life.abort();
});
