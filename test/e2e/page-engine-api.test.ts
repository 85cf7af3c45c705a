import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleEngine } from '../../scripts/bench/engine-bundle';
import type { EngineHandle, PlainOptions } from '../../scripts/bench/engine-entry';
import { describeInBrowsers, type PageDriver } from './support/driver';
import { readPaintedRanges } from './support/highlight-probes';
import { serveFixtures, type FixtureServer } from './support/server';

// The engine's own API (options, update, hit-testing, reveal, the mention list), driven directly:
// the engine bundle is injected into pages of a browser that has no extension loaded.

let server: FixtureServer;
let bundle: string;
beforeAll(async () => {
  server = await serveFixtures();
  bundle = await bundleEngine();
});
afterAll(() => server?.close());

type Page = Window & { mineralLens: EngineHandle };

async function openWithEngine(page: PageDriver, fixture: string, options: PlainOptions = {}): Promise<void> {
  await page.goto(server.url(fixture));
  await page.addScript(bundle);
  await page.evaluate(async (opts) => {
    await (window as unknown as Page).mineralLens.start(opts).idle();
  }, options);
}

const painted = async (page: PageDriver) =>
  (await page.evaluate(readPaintedRanges)).map((r) => r.text.toLowerCase());

describeInBrowsers(
  'engine API',
  (browser) => {
    test('off clears every highlight at once; on repaints without a reload', async () => {
      const page = await browser().newPage();
      await openWithEngine(page, 'demo-article.html');
      const before = await painted(page);
      expect(before.length).toBeGreaterThan(10);
      const afterOff = await page.evaluate(() => {
        (window as unknown as { loadMarker: number }).loadMarker = 1;
        (window as unknown as Page).mineralLens.update({ enabled: false });
        return CSS.highlights.size; // Same task: nothing is left for a later frame to remove.
      });
      expect(afterOff).toBe(0);
      await page.evaluate(async () => {
        const { mineralLens } = window as unknown as Page;
        mineralLens.update({ enabled: true });
        await mineralLens.engine!.idle();
      });
      expect((await painted(page)).sort()).toEqual(before.sort());
      expect(await page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker)).toBe(1);
      await page.close();
    });

    test('a word judged before the rest of the page is judged again once the page is known', async () => {
      // "Tin was in focus again." alone is too little to call "Tin" the metal; the paragraphs
      // after it (scanned later) name tin ore and a dozen minerals, which settles it.
      const page = await browser().newPage();
      await openWithEngine(page, 'page-late-evidence.html');
      const tins = await page.evaluate(() =>
        (window as unknown as Page).mineralLens
          .engine!.mentions()
          .filter((m) => m.termId === 'tin')
          .map((m) => m.context),
      );
      // Listed (so above the threshold) and painted: the first paragraph's one too.
      expect(tins).toEqual([
        'Tin was in focus again.',
        'Tin ore and tin concentrate exports from the mine fell.',
        'Tin ore and tin concentrate exports from the mine fell.',
      ]);
      expect((await painted(page)).filter((text) => text === 'tin')).toHaveLength(3);
      await page.close();
    });

    test('style, colours, threshold and first-mention mode repaint from kept candidates, no rescan', async () => {
      const page = await browser().newPage();
      await openWithEngine(page, 'demo-article.html');
      const run = (options: PlainOptions) =>
        page.evaluate((opts) => {
          const { mineralLens } = window as unknown as Page;
          mineralLens.update(opts);
          return mineralLens.engine!.stats().fullScans;
        }, options);
      expect(await run({ style: 'background' })).toBe(1);
      expect(
        (await page.evaluate(readPaintedRanges)).every((r) =>
          /^mineral-lens-[a-z]+-background-/.test(r.name),
        ),
      ).toBe(true);
      // Raise the threshold just past the least confident mention: it leaves, the rest stay, no rescan.
      const confidences = () =>
        page.evaluate(() =>
          (window as unknown as Page).mineralLens.engine!.mentions().map((m) => m.confidence),
        );
      expect(await run({ threshold: 0.3 })).toBe(1);
      const all = await confidences();
      const levels = [...new Set(all)].sort((a, b) => a - b);
      expect(levels.length).toBeGreaterThan(1);
      expect(await run({ threshold: (levels[0]! + levels[1]!) / 2 })).toBe(1);
      const kept = await confidences();
      expect(kept.length).toBe(all.filter((c) => c > levels[0]!).length);
      expect(kept.length).toBeLessThan(all.length);
      expect(await run({ threshold: 0.3 })).toBe(1);
      expect(await confidences()).toHaveLength(all.length);
      expect(await run({ colours: { 'battery-metal': null } })).toBe(1);
      expect(await painted(page)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(lithium|cobalt)$/)]),
      );
      expect(await run({ colours: {}, firstMentionOnly: true })).toBe(1);
      const texts = await painted(page);
      expect(texts.filter((t) => t === 'lithium')).toHaveLength(1);
      expect(texts.filter((t) => t === 'cobalt')).toHaveLength(1);
      await page.close();
    });

    test('a settings change repaints only when what paint depends on changed', async () => {
      const page = await browser().newPage();
      await openWithEngine(page, 'demo-article.html');
      // The content script derives new options from every stored change, as `settings` does here.
      const repaints = (settings: object) =>
        page.evaluate((settings) => {
          const { mineralLens } = window as unknown as Page;
          mineralLens.update({ settings });
          return mineralLens.engine!.stats().repaints;
        }, settings);
      const before = await page.evaluate(readPaintedRanges);
      expect(await repaints({ dwellMs: 600 })).toBe(0);
      expect(await repaints({ dwellMs: 600, closeDelayMs: 900, trigger: 'click' })).toBe(0);
      expect(await page.evaluate(readPaintedRanges)).toEqual(before);
      expect(await repaints({ categories: { law: { colour: 'rose' } } })).toBe(1);
      expect(await repaints({ categories: { law: { colour: 'rose' } }, dwellMs: 150 })).toBe(1);
      await page.close();
    });

    test('a dark page gets the dark variants of the same colours', async () => {
      const page = await browser().newPage();
      await openWithEngine(page, 'page-dark.html');
      const names = (await page.evaluate(readPaintedRanges)).map((r) => r.name);
      expect(names.length).toBeGreaterThan(0);
      expect(
        names.every((name) => /^mineral-lens-[a-z]+-underline-(solid|dotted)-[a-z]+-dark$/.test(name)),
      ).toBe(true);
      await openWithEngine(page, 'demo-article.html');
      const light = (await page.evaluate(readPaintedRanges)).map((r) => r.name);
      expect(light.every((name) => /^mineral-lens-[a-z]+-underline-(solid|dotted)-[a-z]+$/.test(name))).toBe(
        true,
      );
      await page.close();
    });

    for (const hitTestMode of ['auto', 'caret'] as const) {
      test(`hit-testing (${hitTestMode === 'auto' ? 'highlightsFromPoint' : 'caret + intervals'})`, async () => {
        const page = await browser().newPage();
        await openWithEngine(page, 'page-live.html', { hitTestMode });
        const result = await page.evaluate(async () => {
          const p = document.createElement('p');
          p.textContent = 'A line that ends with lithium';
          document.getElementById('story')!.prepend(p);
          const engine = (window as unknown as Page).mineralLens.engine!;
          await engine.idle();
          const mention = engine.mentions().find((m) => m.text === 'lithium')!;
          const [rect] = engine.rectsOf(mention.index);
          const hit = engine.hitTest(rect!.left + rect!.width / 2, rect!.top + rect!.height / 2);
          return {
            index: mention.index,
            hit: hit?.index,
            pastLineEnd: engine.hitTest(rect!.right + 30, rect!.top + rect!.height / 2),
            margin: engine.hitTest(2, 2),
          };
        });
        expect(result.hit).toBe(result.index);
        expect(result.pastLineEnd).toBeNull();
        expect(result.margin).toBeNull();
        await page.close();
      });
    }

    test('a pointer resting on a mention reports it once (dwell)', async () => {
      const page = await browser().newPage();
      await openWithEngine(page, 'page-live.html');
      const target = await page.evaluate(() => {
        const { engine } = (window as unknown as Page).mineralLens;
        const w = window as unknown as { dwelt: number[] };
        w.dwelt = [];
        engine!.onDwell({ onDwell: (m) => w.dwelt.push(m.index) }, { dwellMs: 100 });
        const mention = engine!.mentions()[0]!;
        const [rect] = engine!.rectsOf(mention.index);
        return { index: mention.index, x: rect!.left + rect!.width / 2, y: rect!.top + rect!.height / 2 };
      });
      await page.mouseMove(target.x - 1, target.y);
      await page.mouseMove(target.x, target.y);
      await page.waitFor(() => (window as unknown as { dwelt: number[] }).dwelt.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(() => (window as unknown as { dwelt: number[] }).dwelt)).toEqual([
        target.index,
      ]);
      await page.close();
    });

    test('the mention list is in document order with context; reveal scrolls and flashes', async () => {
      const page = await browser().newPage();
      await openWithEngine(page, 'page-live.html');
      const list = await page.evaluate(() => (window as unknown as Page).mineralLens.engine!.mentions());
      expect(list.map((m) => m.text)).toEqual(['lithium', 'zinc', 'vanadium']);
      expect(list[2]).toMatchObject({
        termId: 'vanadium',
        context: 'Far down the page, a note on vanadium.',
      });
      const result = await page.evaluate(
        (index) => (window as unknown as Page).mineralLens.engine!.reveal(index),
        list[2]!.index,
      );
      expect(result).toEqual({ ok: true });
      expect(await page.evaluate(() => CSS.highlights.has('mineral-lens-flash'))).toBe(true);
      await page.waitFor(() => scrollY > 1000);
      await page.waitFor(() => !CSS.highlights.has('mineral-lens-flash'), undefined, 3000);
      expect(await page.evaluate(() => (window as unknown as Page).mineralLens.engine!.reveal(9999))).toEqual(
        { ok: false, reason: 'unknown-mention' },
      );
      await page.close();
    });
  },
  { extension: false },
);
