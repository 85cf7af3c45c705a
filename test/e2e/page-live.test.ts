import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers } from './support/driver';
import { isPainted, readPaintedRanges } from './support/highlight-probes';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const paintedTexts = async (page: {
  evaluate: (fn: typeof readPaintedRanges) => Promise<ReturnType<typeof readPaintedRanges>>;
}) => (await page.evaluate(readPaintedRanges)).map((r) => r.text.toLowerCase()).sort();

describeInBrowsers('live pages', (browser) => {
  test('text appended, edited or removed by script is repainted; no range outlives its text', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-live.html'));
    await page.waitFor(isPainted, 'zinc');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.innerHTML = 'Breaking: <b>rare</b> earths quota cut, tantalum up.';
      document.getElementById('first')!.after(p);
      document.getElementById('edit-me')!.firstChild!.textContent = 'Edited: cobalt talks resume.';
      document.getElementById('remove-me')!.remove();
    });
    await page.waitFor(isPainted, 'rare earths');
    await expect.poll(() => paintedTexts(page)).toEqual(['cobalt', 'lithium', 'rare earths', 'tantalum']);
    const ranges = await page.evaluate(readPaintedRanges);
    expect(ranges.every((r) => r.connected)).toBe(true);
    await page.close();
  });

  test('only text near the viewport has its ranges registered; scrolling brings the rest', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-live.html'));
    await page.waitFor(isPainted, 'zinc');
    // "vanadium" sits 3,000 px down: found, but not registered with the browser yet.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await paintedTexts(page)).toEqual(['lithium', 'zinc']);
    await page.evaluate(() => document.getElementById('far')!.scrollIntoView());
    await page.waitFor(isPainted, 'vanadium');
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitFor(isPainted, { not: 'vanadium' });
    await page.close();
  });

  test('an SPA route change (history API) resets and rescans; content kept across routes stays painted', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-live.html'));
    await page.waitFor(isPainted, 'lithium');
    await page.evaluate(() => {
      history.pushState({}, '', '/route/two');
      document.getElementById('remove-me')!.innerHTML = 'Route two: <i>tungsten</i> and germanium.';
    });
    await page.waitFor(isPainted, 'germanium');
    const routeTwo = ['germanium', 'lithium', 'tungsten'];
    await expect.poll(() => paintedTexts(page)).toEqual(routeTwo);
    // Back (popstate) is a navigation too: everything is found again.
    await page.evaluate(() => history.back());
    await page.waitFor(() => location.pathname.endsWith('page-live.html'));
    await expect.poll(() => paintedTexts(page)).toEqual(routeTwo);
    await page.close();
  });

  test('a page that mutates a thousand times a second keeps being highlighted', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-live.html'));
    await page.waitFor(isPainted, 'lithium');
    await page.evaluate(() => {
      const ticker = document.createElement('p');
      ticker.id = 'ticker';
      ticker.textContent = 'Ticker 0000: cobalt moves';
      document.getElementById('story')!.prepend(ticker);
      const text = ticker.firstChild as Text;
      const metals = ['cobalt', 'gallium', 'bismuth'];
      let n = 0;
      // 4 edits every 4 ms: about 1,000 mutations a second, for 4 seconds.
      const id = setInterval(() => {
        for (let i = 0; i < 4; i++)
          text.data = `Ticker ${String(++n % 10000).padStart(4, '0')}: ${metals[n % 3]} moves`;
      }, 4);
      setTimeout(() => clearInterval(id), 4000);
    });
    const tickerPainted = () => {
      const text = document.getElementById('ticker')!.firstChild!;
      for (const [, h] of CSS.highlights) for (const r of h) if (r.startContainer === text) return true;
      return false;
    };
    await page.waitFor(tickerPainted, undefined, 1500);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.evaluate(tickerPainted)).toBe(true);
    await page.close();
  });
});
