import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers } from './support/driver';
import { isPainted, readPaintedRanges } from './support/highlight-probes';
import { readBodyMarkup } from './support/page-probes';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

describeInBrowsers('the page is not ours', (browser) => {
  test('paints across inline markup and leaves body.innerHTML exactly as it was', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-editors.html'));
    await page.waitFor(isPainted, 'rare earth elements');
    const painted = await page.evaluate(readPaintedRanges);
    expect(painted.map((r) => r.text.toLowerCase())).toEqual(
      expect.arrayContaining(['cobalt', 'rare earth elements', 'graphite', 'gallium', 'manganese']),
    );
    const { before, after } = await page.evaluate(readBodyMarkup);
    expect(after).toBe(before);
    await page.close();
  });

  test('never paints inside code, pre, kbd, fields or editors', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-editors.html'));
    await page.waitFor(isPainted, 'manganese');
    const painted = await page.evaluate(readPaintedRanges);
    expect(painted.filter((r) => r.inside !== null)).toEqual([]);
    expect(painted.map((r) => r.text.toLowerCase())).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/lithium|nickel|germanium|tungsten/)]),
    );
    await page.close();
  });

  test('typing mineral names into an input, a textarea and a contenteditable editor works, unpainted', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-editors.html'));
    await page.waitFor(isPainted, 'manganese');
    await page.type('#field', 'lithium prices');
    await page.type('#notes', 'cobalt and nickel');
    await page.evaluate(() => {
      // Put the caret at the end of the editor's text, as a reader clicking there would.
      const editor = document.getElementById('editor')!;
      editor.focus();
      getSelection()!.selectAllChildren(editor);
      getSelection()!.collapseToEnd();
    });
    await page.type('#editor', ' Lithium and cobalt.');
    // Text the page adds afterwards is painted: proof the engine has processed everything before it.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late news on vanadium.';
      document.querySelector('article')!.append(p);
    });
    await page.waitFor(isPainted, 'vanadium');
    const state = await page.evaluate(() => ({
      field: (document.getElementById('field') as HTMLInputElement).value,
      notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
      // Firefox keeps a typed space at the end of a line as NBSP: the browser's doing, not ours.
      editor: document.getElementById('editor')!.textContent!.replace(/\u00a0/g, ' '),
    }));
    expect(state).toEqual({
      field: 'lithium prices',
      notes: 'cobalt and nickel',
      editor: 'Draft about tungsten. Lithium and cobalt.',
    });
    expect((await page.evaluate(readPaintedRanges)).filter((r) => r.inside !== null)).toEqual([]);
    await page.close();
  });
});
