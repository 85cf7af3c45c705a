import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers } from './support/driver';
import { isPainted, readPaintedRanges } from './support/highlight-probes';
import { serveFixtures, type FixtureServer } from './support/server';

// A frame whose only possible names are ambiguous words ("lead", "silver", "tin") asks the
// background whether any is a mention before it loads the engine (lib/page/probe-frame.ts). A
// wrong "no" would lose the reader's highlights: an ambiguous word used as the mineral must still be
// painted, and a page of trap words must still be painted once script adds a real mention to it.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const paintedTexts = async (page: {
  evaluate: (fn: typeof readPaintedRanges) => Promise<ReturnType<typeof readPaintedRanges>>;
}) => (await page.evaluate(readPaintedRanges)).map((r) => r.text).sort();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeInBrowsers('a frame naming only ambiguous words', (browser) => {
  test('"lead" in a mining sentence is highlighted; "took the lead" beside it is not', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-probe-lead.html'));
    await page.waitFor(isPainted, 'lead');
    await expect.poll(() => paintedTexts(page)).toEqual(['Lead', 'lead']);
    await page.close();
  });

  test('a page of trap words, then text added by script: trap words first, then a real mention', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-probe-traps.html'));
    // More trap words: probed again, still nothing to paint.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Their coach kept a silver lining in view and took the lead in the talks.';
      document.getElementById('story')!.append(p);
    });
    await pause(500);
    expect(await paintedTexts(page)).toEqual([]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.innerHTML = 'Late: the mine reported more <b>lead</b> ore and lead concentrate from its smelter.';
      document.getElementById('story')!.append(p);
    });
    await page.waitFor(isPainted, 'lead');
    await expect.poll(() => paintedTexts(page)).toEqual(['lead', 'lead']);
    await page.close();
  });
});
