import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleEngine } from '../../scripts/bench/engine-bundle';
import type { EngineHandle } from '../../scripts/bench/engine-entry';
import { describeInBrowsers, type PageDriver } from './support/driver';
import { isCardClosed, isCardOpen, isCardReady } from './support/card-probes';
import { isPainted, paintedWord, readPaintedRanges } from './support/highlight-probes';
import { playwrightCardRoot, waitForCardRoot } from './support/card-root';
import { serviceWorker } from './support/panel';
import { pageList, tabIdOf } from './support/panel-tabs';
import { serveFixtures, type FixtureServer } from './support/server';

// What a hostile page hides is not listed: text it does not render (hostile-hidden.html), frames
// it does not show (hostile-frames.html, mostly cross-origin: a second server is another origin),
// and each frame's mentions carry that frame's own address.

let server: FixtureServer;
let other: FixtureServer;
let bundle: string;
beforeAll(async () => {
  [server, other, bundle] = await Promise.all([serveFixtures(), serveFixtures(), bundleEngine()]);
});
afterAll(async () => {
  await server?.close();
  await other?.close();
});

type Page = Window & { mineralLens: EngineHandle };

const listed = (page: PageDriver) =>
  page.evaluate(() => (window as unknown as Page).mineralLens.engine!.mentions().map((m) => m.text));

describeInBrowsers(
  'hidden text',
  (browser) => {
    test('text the page does not render is neither listed nor hit; a tab that opens lists its text', async () => {
      const page = await browser().newPage();
      await page.goto(server.url('hostile-hidden.html'));
      await page.addScript(bundle);
      await page.evaluate(() => (window as unknown as Page).mineralLens.start().idle());
      // Kept: shown text, screen-reader-only text, and content-visibility: auto far below.
      expect(await listed(page)).toEqual(['lithium', 'antimony', 'vanadium', 'nickel']);
      // Hidden text was still scanned (so it can be listed when shown): the engine holds more.
      const candidates = await page.evaluate(
        () => (window as unknown as Page).mineralLens.engine!.stats().candidates,
      );
      expect(candidates).toBeGreaterThanOrEqual(9);
      // Transparent text takes the pointer but opens nothing.
      const hit = await page.evaluate(() => {
        const text = document.querySelector('.clear')!.firstChild!;
        const range = document.createRange();
        range.setStart(text, text.textContent!.indexOf('manganese') + 2);
        range.collapse(true);
        const { x, y } = range.getBoundingClientRect();
        return (window as unknown as Page).mineralLens.engine!.hitTest(x, y + 5);
      });
      expect(hit).toBeNull();
      await page.evaluate(() => document.getElementById('tab')!.classList.remove('gone'));
      expect(await listed(page)).toEqual(['lithium', 'antimony', 'vanadium', 'gallium', 'nickel']);
      await page.close();
    });
  },
  { extension: false },
);

describeInBrowsers('hidden frames and frame addresses', (browser) => {
  test('only the shown frame is listed, under its own address', async () => {
    const page = await browser().newPage();
    const url = `${server.url('hostile-frames.html')}?other=${encodeURIComponent(other.url('').slice(0, -1))}`;
    await page.goto(url);
    await page.waitFor(isPainted, 'lithium');
    // The frames ran the content script and painted their word: listing, not loading, leaves them
    // out. (The 1x1 frame paints nothing near its viewport, and in Firefox a display: none frame
    // lays nothing out, so paints nothing: both are shown at the end instead.)
    const words = ['tungsten', 'manganese', 'antimony', 'vanadium'];
    if (browser().name === 'chromium') words.splice(1, 0, 'graphite');
    const scanned = async () => {
      const found: string[] = [];
      for (const word of words) {
        const ranges = await page.evaluateInFrame(`word=${word}`, readPaintedRanges).catch(() => []);
        if (ranges.length > 0) found.push(word);
      }
      return found;
    };
    await expect.poll(scanned, { timeout: 10_000 }).toEqual(words);
    // The page's list as the panel asks for it, from an extension context in either browser.
    const host = browser().panel!;
    const tabId = await tabIdOf(host, url);
    const list = () => pageList(host, tabId);
    await expect
      .poll(async () => (await list()).mentions.map((m) => m.text), { timeout: 15_000 })
      .toContain('tungsten');
    // Each list request makes every frame push again: three more rounds, so every frame has had
    // its say after the top frame was ready.
    for (let i = 0; i < 3; i++) {
      await list();
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    const final = await list();
    expect(final.mentions.map((m) => m.text)).toEqual(['lithium', 'tungsten']);
    const [lithium, tungsten] = final.mentions;
    expect(lithium).toMatchObject({ frameId: 0, frameUrl: url });
    expect(tungsten!.frameId).toBeGreaterThan(0);
    expect(tungsten!.frameUrl).toBe(other.url('hostile-frame-child.html?word=tungsten'));
    // The 1x1 frame grows to a readable size and the display: none one is shown: their text is
    // listed, each under its own address.
    await page.evaluate(() => {
      document.querySelector('iframe.tiny')!.classList.remove('tiny');
      document.querySelector('iframe.gone')!.classList.remove('gone');
    });
    await expect
      .poll(async () => (await list()).mentions.map((m) => [m.text, m.frameUrl]), { timeout: 15_000 })
      .toEqual([
        ['lithium', url],
        ['tungsten', other.url('hostile-frame-child.html?word=tungsten')],
        ['cobalt', other.url('hostile-frame-child.html?word=cobalt')],
        ['graphite', other.url('hostile-frame-child.html?word=graphite')],
      ]);
    await page.close();
  });
});

// Last, in its own session: the extension is reloaded under the page's feet. Chromium only: there
// an updated or reloaded extension leaves the old content script running in open pages, cut off
// from the extension. Firefox unloads a removed or reloaded add-on's content scripts itself (their
// sandbox is nuked, its listeners with it), so no orphan is left to misbehave.
describeInBrowsers(
  'an orphaned content script after an update',
  (browser) => {
    test('reloading the extension removes the old highlights and card; hovering throws nothing', async () => {
      const session = browser().chromium!;
      const page = await session.context.newPage();
      // Every execution context of the page, the content script's isolated world included.
      const cdp = await session.context.newCDPSession(page);
      const errors: string[] = [];
      cdp.on('Runtime.exceptionThrown', (e) =>
        errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
      );
      cdp.on('Runtime.consoleAPICalled', (e) => {
        if (e.type === 'error') errors.push(e.args.map((a) => a.value ?? a.description).join(' '));
      });
      cdp.on('Log.entryAdded', (e) => void (e.entry.level === 'error' && errors.push(e.entry.text)));
      await cdp.send('Runtime.enable');
      await cdp.send('Log.enable');
      await page.goto(server.url('demo-article.html'));
      await page.waitForFunction(isPainted, 'gallium');
      const hover = async (term: string) => {
        const at = (await page.evaluate(paintedWord, term))!;
        await page.mouse.move(at.x - 4, at.y);
        await page.mouse.move(at.x, at.y);
      };
      // The card works before: hovering opens it with its details.
      await hover('gallium');
      const inCard = playwrightCardRoot(page);
      await waitForCardRoot(inCard, isCardReady, undefined);
      await page.mouse.move(5, 5);
      await waitForCardRoot(inCard, isCardClosed, undefined);
      const cobalt = (await page.evaluate(paintedWord, 'cobalt'))!;
      const worker = await serviceWorker(session);
      await worker
        .evaluate(() =>
          (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
        )
        .catch(() => undefined);
      // The old script is now orphaned: the reader rests the pointer on a term whose card has not
      // loaded yet (it would ask the extension), three times.
      for (let i = 0; i < 3; i++) {
        await page.mouse.move(5, 5);
        await page.mouse.move(cobalt.x - 4, cobalt.y);
        await page.mouse.move(cobalt.x, cobalt.y);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await page.evaluate(() => document.querySelector('[data-mineral-lens-host]'))).toBeNull();
      expect(await inCard(isCardOpen, undefined)).toBe(false);
      // Before the fix: "Error: Extension context invalidated." from the card's dwell, on each hover.
      expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
      await page.close();
    });
  },
  { only: ['chromium'] },
);
