import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers } from './support/driver';
import { isPainted, readPaintedRanges } from './support/highlight-probes';
import { readBodyMarkup } from './support/page-probes';
import { stylesPaint } from './support/paint-check';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

describeInBrowsers('strict CSP, frames and shadow roots', (browser) => {
  test('a page whose CSP blocks inline styles still shows highlights, in its shadow root too', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-strict.csp.html'));
    // The policy is really in force: the page's own inline <style> did not apply.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('csp-probe')!).color)).not.toBe(
      'rgb(255, 0, 0)',
    );
    await page.waitFor(isPainted, 'graphite');
    expect(await stylesPaint(page, 'lithium')).toBe(true);
    expect(await stylesPaint(page, 'graphite')).toBe(true);
    const { before, after } = await page.evaluate(readBodyMarkup);
    expect(after).toBe(before);
    // Control: without the adopted sheet, Firefox does not style the shadow text. (Chromium 156 does:
    // its highlight inheritance carries the host's ::highlight styles down the flat tree.)
    if (browser().name === 'firefox') {
      await page.evaluate(
        () => void (document.getElementById('shadow-host')!.shadowRoot!.adoptedStyleSheets = []),
      );
      expect(await stylesPaint(page, 'graphite')).toBe(false);
    }
    await page.close();
  });

  test('a same-origin iframe highlights its own text; an open shadow root is highlighted', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-frames.html'));
    await page.waitFor(isPainted, 'graphite');
    const top = (await page.evaluate(readPaintedRanges)).map((r) => r.text.toLowerCase());
    expect(top).toEqual(expect.arrayContaining(['lithium', 'cobalt', 'graphite', 'manganese']));
    expect(top).not.toContain('tungsten');
    expect(await stylesPaint(page, 'manganese')).toBe(true);
    const inFrame = async () =>
      (await page.evaluateInFrame('page-frame-child', readPaintedRanges)).map((r) => r.text.toLowerCase());
    await expect.poll(inFrame, { timeout: 10_000 }).toEqual(expect.arrayContaining(['tungsten', 'antimony']));
    expect(await page.evaluateInFrame('page-frame-child', readBodyMarkup)).toEqual(
      expect.objectContaining({ after: expect.stringContaining('tungsten') }),
    );
    const frameMarkup = await page.evaluateInFrame('page-frame-child', readBodyMarkup);
    expect(frameMarkup.after).toBe(frameMarkup.before);
    await page.close();
  });

  test('the content script announces itself to no page: no message names the extension', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-frames.html'));
    await page.waitFor(isPainted, 'graphite');
    await expect
      .poll(() => page.evaluateInFrame('page-frame-child', readPaintedRanges), { timeout: 10_000 })
      .not.toEqual([]);
    // Frames may claim their box from their parent (frame-visibility.ts); nothing else is posted, and
    // nothing a page hears says which extension runs (WXT's start-up message carried the runtime id).
    const heard = () => (window as unknown as { __mlMessages: string[] }).__mlMessages;
    const messages = [
      ...(await page.evaluate(heard)),
      ...(await page.evaluateInFrame('page-frame-child', heard)),
    ];
    expect(messages.filter((m) => !m.includes('mineralLensFrame'))).toEqual([]);
    await page.close();
  });
});
