import { afterAll, beforeAll, expect, test } from 'vitest';
import { bundleEngine } from '../../scripts/bench/engine-bundle';
import type { EngineHandle } from '../../scripts/bench/engine-entry';
import { describeInBrowsers, type PageDriver } from './support/driver';
import { isPainted } from './support/highlight-probes';
import { MAX_AMBIGUOUS_PAINTED } from '@/lib/page/mention-store';
import { MAX_AMBIGUOUS_KEPT } from '@/lib/recognize/find-in-windows';
import { serveFixtures, type FixtureServer } from './support/server';

// One text node of about 1 MB with one line break and ambiguous words throughout, as an ad frame
// can put in the page it is in: the node was recognised in one task (1-14 s measured). Now it is
// cut into windows of 2,000 characters, each judging only its own words, recognised across slices,
// and only its first 2,000 ambiguous words are kept (185,000 were: collecting them paused the page
// for 100-700 ms). The page measures itself (the fixture's ping loop and, in Chromium, a longtask
// observer). The bound stays generous and is not the goal (no task over 50 ms): on this shared
// 2-core machine, at a load average of 8-28, the page alone showed 77-1,750 ms tasks, because the
// OS runs other processes in the middle of a task, so a tight bound fails on noise while a one-task
// scan of the node breaks this one many times over. `npm run bench` measures the goal (the tasks'
// CPU time from a trace, which that noise inflates far less: scripts/bench/hostile-page.ts); the
// figures here are printed for the record.
const LONGEST_GAP_MS = 2000;

let server: FixtureServer;
let bundle: string;
beforeAll(async () => {
  server = await serveFixtures();
  bundle = await bundleEngine();
});
afterAll(() => server?.close());

interface Responsiveness {
  longestGap: number;
  longestTask: number;
  pings: number;
  childNodes: number;
  textLength: number;
}

function stopMeasuring(): Responsiveness {
  const measured = (window as unknown as { responsiveness: Responsiveness & { running: boolean } })
    .responsiveness;
  measured.running = false;
  const hostile = document.getElementById('hostile')!;
  return {
    longestGap: measured.longestGap,
    longestTask: measured.longestTask,
    pings: measured.pings,
    childNodes: hostile.childNodes.length,
    textLength: hostile.firstChild!.nodeType === Node.TEXT_NODE ? (hostile.firstChild as Text).length : -1,
  };
}

describeInBrowsers('a hostile page: one huge text node', (browser) => {
  test('stays responsive while the node is scanned, and its real mention is painted', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('hostile-long-text.html'));
    // Painted once the node's windows are recognised and its mentions are being stored, a chunk
    // per slice; the page-level rescore follows. Measured until the paint has stopped moving.
    await page.waitFor(isPainted, 'lithium', 60_000);
    await paintSettled(page);
    const measured = await page.evaluate(stopMeasuring);
    console.log(`hostile-long-text (${browser().name}):`, JSON.stringify(measured));
    expect(measured.pings).toBeGreaterThan(0);
    expect(measured.longestGap).toBeLessThan(LONGEST_GAP_MS);
    expect(measured.longestTask).toBeLessThan(LONGEST_GAP_MS);
    // The page's DOM is as it made it: one text node, whole.
    expect(measured.childNodes).toBe(1);
    expect(measured.textLength).toBeGreaterThan(1_000_000);
    await page.close();
  });
});

/** Waits until the page's highlights hold the same number of ranges for two seconds (60 s at most). */
async function paintSettled(page: PageDriver): Promise<void> {
  const count = () => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  let last = await count();
  for (let stable = 0, waited = 0; stable < 8 && waited < 240; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await count();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

// The same page with the engine injected (no extension), so the engine's own figures can be read:
// its longest slice, beside the longest task the page saw. Printed, not asserted (timing); what
// is asserted is counted: the real mention painted and listed, the node's 185,000 ambiguous words
// painted and listed only up to the cap, and only the first MAX_AMBIGUOUS_KEPT of them kept.
describeInBrowsers(
  'a hostile page: one huge text node, the engine measured',
  (browser) => {
    test("the engine's slices, the page's longest task, and the mentions it lists", async () => {
      const page = await browser().newPage();
      await page.goto(server.url('hostile-long-text.html'));
      await page.addScript(bundle);
      const result = await page.evaluate(async () => {
        const lens = (window as unknown as { mineralLens: EngineHandle }).mineralLens;
        const engine = lens.start();
        await engine.idle();
        const stats = engine.stats();
        const list = engine.mentions();
        const texts = new Set(list.map((m) => m.text.toLowerCase()));
        return {
          texts: [...texts].sort(),
          longestSliceMs: stats.longestSliceMs,
          busyMs: stats.busyMs,
          candidates: stats.candidates,
          painted: stats.painted,
          listed: list.length,
          lithium: list.filter((m) => m.termId === 'lithium').length,
        };
      });
      const measured = await page.evaluate(stopMeasuring);
      console.log(
        `hostile-long-text, engine (${browser().name}):`,
        JSON.stringify({ ...result, longestTask: measured.longestTask, longestGap: measured.longestGap }),
      );
      // Every word of the node was read (its real mention is half-way), but not every one kept.
      expect(result.candidates).toBeLessThanOrEqual(MAX_AMBIGUOUS_KEPT + 1);
      expect(result.texts).toEqual(['lead', 'lithium', 'tin']);
      expect(result.lithium).toBe(1);
      expect(result.listed).toBeLessThanOrEqual(MAX_AMBIGUOUS_PAINTED + 1);
      expect(result.painted).toBeLessThanOrEqual(MAX_AMBIGUOUS_PAINTED + 1);
      expect(await page.evaluate(isPainted, 'lithium')).toBe(true);
      expect(measured.childNodes).toBe(1);
      await page.close();
    });
  },
  { extension: false },
);
