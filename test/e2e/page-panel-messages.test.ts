import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MentionList } from '@/lib/messaging';
import type { ExtensionMessage } from '@/lib/messaging/messages';
import { readCard } from './support/card-probes';
import { closeAfterEach } from './support/close-after-each';
import { describeInBrowsers, type BrowserUnderTest, type PageDriver } from './support/driver';
import { isPainted } from './support/highlight-probes';
import { writeSettings } from './support/panel-tabs';
import { serveFixtures, type FixtureServer } from './support/server';

// The content script as the panel and the settings see it: typed messages sent with
// tabs.sendMessage, and settings written to storage.sync, from an extension context (Chromium's
// service worker; in Firefox a panel tab: test/e2e/support/panel-driver.ts), in both browsers.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());
// Tabs closed after each test, passed or failed: the panel's requests find their tab by its
// address, and a failed test's tab left open would answer the next test's.
const track = closeAfterEach();

interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
}

/** Sends a panel request to the tab showing `url`, as the panel does: to frame 0 unless told. */
async function sendToTab<R>(
  browser: BrowserUnderTest,
  url: string,
  message: ExtensionMessage,
  frameId = 0,
): Promise<R> {
  return browser.panel!.inExtension(
    async ({ url, message, frameId }) => {
      const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      for (const { id } of await tabs.query({})) {
        const list = (await tabs
          .sendMessage(id!, { type: 'mentions/list' }, { frameId: 0 })
          .catch(() => null)) as {
          url?: string;
        } | null;
        if (list?.url === url) return tabs.sendMessage(id!, message, { frameId });
      }
      throw new Error(`no tab shows ${url}`);
    },
    { url, message, frameId },
  ) as Promise<R>;
}

describeInBrowsers('panel messages and settings', (browser) => {
  test('off and on, globally and per site, without a reload', async () => {
    const page = track(await browser().newPage());
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, 'lithium');
    await page.evaluate(() => void ((window as unknown as { loadMarker: number }).loadMarker = 1));
    for (const [off, on] of [
      [
        { version: 3, enabled: false },
        { version: 3, enabled: true },
      ],
      [
        { version: 3, sites: ['127.0.0.1'] },
        { version: 3, sites: ['example.com'] },
      ],
    ]) {
      await writeSettings(browser().panel!, off!);
      await page.waitFor(() => CSS.highlights.size === 0);
      await writeSettings(browser().panel!, on!);
      await page.waitFor(isPainted, 'lithium');
    }
    expect(await page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker)).toBe(1);
    await writeSettings(browser().panel!, {});
  });

  // A page opened while its site is off must paint, in every frame, once the reader switches the site
  // on: a frame naming a term loads its engine, which starts switched off and watches the settings (a
  // switch made just as that watch began was lost in Firefox: lib/settings/settings-reads.ts); a
  // frame naming only ambiguous words is told no and waits on the background's notice
  // (lib/page/probe-loop.ts).
  test('a page opened while its site is off is painted, its frame too, once the site is switched on', async () => {
    await writeSettings(browser().panel!, { version: 3, sites: ['127.0.0.1'] });
    const page = track(await browser().newPage());
    const url = server.url('page-frames.html');
    await page.goto(url);
    await page.waitFor(() => document.readyState === 'complete');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await writeSettings(browser().panel!, {});
    await listsSix(page, url);
  });

  /** Once page-frames.html is painted and its top frame lists six mentions (four its own, two its frame's). */
  async function listsSix(page: PageDriver, url: string) {
    await page.waitFor(isPainted, 'graphite');
    await expect
      .poll(
        async () => (await sendToTab<MentionList>(browser(), url, { type: 'mentions/list' })).mentions.length,
        { timeout: 10_000 },
      )
      .toBe(6);
  }

  async function openFramesPage() {
    const page = track(await browser().newPage());
    const url = server.url('page-frames.html');
    await page.goto(url);
    await listsSix(page, url);
    return { page, url };
  }

  test('lists mentions in document order, sub-frames included', async () => {
    const { page, url } = await openFramesPage();
    const list = await sendToTab<MentionList>(browser(), url, { type: 'mentions/list' });
    expect(list).toMatchObject({ url, title: 'A page with a frame and a shadow root', lang: 'en' });
    expect(list.mentions.map((m) => [m.text, m.frameId > 0])).toEqual([
      ['lithium', false],
      ['cobalt', false],
      ['graphite', false],
      ['manganese', false],
      ['tungsten', true],
      ['antimony', true],
    ]);
    expect(list.mentions[1]).toMatchObject({
      termId: 'cobalt',
      kind: 'mineral',
      category: 'battery-metal',
      context: 'The top frame talks about cobalt.',
    });
    // A sub-frame's mention is revealed by the frame that owns it.
    const tungsten = list.mentions[4]!;
    const reveal = { type: 'mentions/reveal', index: tungsten.index } as const;
    expect(await sendToTab(browser(), url, reveal, tungsten.frameId)).toEqual({ ok: true });
    expect(
      await page.evaluateInFrame('page-frame-child', () => CSS.highlights.has('mineral-lens-flash')),
    ).toBe(true);
    // The card opens for a mention the frame owns (test/e2e/card.test.ts covers the card itself).
    expect(await sendToTab(browser(), url, { type: 'card/open', index: list.mentions[0]!.index })).toEqual({
      ok: true,
    });
  });

  test('the next-mention shortcut goes on into a frame, through the list the panel shows', async () => {
    const { page, url } = await openFramesPage();
    // What the background sends when the reader presses the shortcut (lib/background/mention-shortcut.ts).
    const next = { type: 'card/jump', direction: 'next' } as const;
    // Four mentions in the top frame (two in its shadow root), then two in the frame.
    for (let press = 1; press <= 5; press++)
      expect(await sendToTab(browser(), url, next)).toEqual({ ok: true });
    await expect
      .poll(() => page.inCardInFrame('page-frame-child', readCard).catch(() => null), { timeout: 10_000 })
      .toMatchObject({ open: true, pinned: true, title: 'Tungsten', live: 'tungsten, mineral, 5 of 6' });
    // On through the frame, and round to the top frame's first mention.
    expect(await sendToTab(browser(), url, next)).toEqual({ ok: true });
    await expect
      .poll(() => page.inCardInFrame('page-frame-child', readCard), { timeout: 10_000 })
      .toMatchObject({ title: 'Antimony', live: 'antimony, mineral, 6 of 6' });
    expect(await sendToTab(browser(), url, next)).toEqual({ ok: true });
    // The top frame's flash is on its first mention again (a frame's card host comes first in
    // Chromium's DOM walk, so the flash, not the card, tells which frame answered).
    expect(
      await page.evaluate(() => {
        const [range] = [...(CSS.highlights.get('mineral-lens-flash') ?? [])] as StaticRange[];
        return range?.startContainer.textContent?.slice(range.startOffset, range.endOffset);
      }),
    ).toBe('lithium');
  });

  // The content script's bulk loads only where the text may name a term (lib/page/frame-text.ts);
  // a top frame whose text names none must still list its frames' mentions and follow its own text.
  test('a page naming no term lists its frame’s mentions, and paints a term its script adds later', async () => {
    const page = track(await browser().newPage());
    const url = server.url('page-empty.html');
    await page.goto(url);
    await page.evaluate(() => {
      const frame = Object.assign(document.createElement('iframe'), { src: '/page-frame-child.html' });
      document.querySelector('article')!.append(frame);
    });
    await expect
      .poll(
        async () =>
          (await sendToTab<MentionList>(browser(), url, { type: 'mentions/list' })).mentions.map((m) => [
            m.text,
            m.frameId > 0,
          ]),
        { timeout: 10_000 },
      )
      .toEqual([
        ['tungsten', true],
        ['antimony', true],
      ]);

    const quiet = track(await browser().newPage());
    await quiet.goto(server.url('page-empty.html'));
    // Half a word first, its end in a text node of its own later, as an editor's script may write it.
    await quiet.evaluate(() => {
      const p = document.createElement('p');
      p.append('Prices of lith');
      document.querySelector('article')!.append(p);
      setTimeout(() => p.append('ium fell.'), 200);
    });
    await quiet.waitFor(isPainted, 'lithium');
  });

  test('reveal scrolls and flashes; SPA navigation resets the list', async () => {
    const page = track(await browser().newPage());
    const url = server.url('page-live.html');
    await page.goto(url);
    await page.waitFor(isPainted, 'lithium');
    const before = await sendToTab<MentionList>(browser(), url, { type: 'mentions/list' });
    const vanadium = before.mentions.find((m) => m.text === 'vanadium')!;
    expect(await sendToTab(browser(), url, { type: 'mentions/reveal', index: vanadium.index })).toEqual({
      ok: true,
    });
    await page.waitFor(() => scrollY > 1000 && CSS.highlights.has('mineral-lens-flash'));
    await page.evaluate(() => {
      history.pushState({}, '', '/route/two');
      document.getElementById('story')!.innerHTML = '<p>Second route: tungsten.</p>';
    });
    await page.waitFor(isPainted, 'tungsten');
    const after = await sendToTab<MentionList>(browser(), server.url('route/two'), {
      type: 'mentions/list',
    });
    expect(after.mentions.map((m) => [m.index, m.text])).toEqual([[0, 'tungsten']]);
    expect(
      await sendToTab(browser(), server.url('route/two'), {
        type: 'mentions/reveal',
        index: vanadium.index,
      }),
    ).toEqual({ ok: false, reason: 'unknown-mention' });
  });
});
