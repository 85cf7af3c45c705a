import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers, type PageDriver } from './support/driver';
import { isPainted, paintedWord } from './support/highlight-probes';
import { stylesPaint } from './support/paint-check';
import { writeSettings } from './support/panel-tabs';
import { serveFixtures, type FixtureServer } from './support/server';

// Issue 18: highlights anyone can read, in real browsers with the built extension. Minerals and
// policy terms must differ by something other than colour (the computed line style of their
// highlights), the thickness setting must reach the page, and under forced colours (Windows High
// Contrast, emulated through the DevTools Protocol in Chromium) highlights must still paint.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const MINERAL = 'lithium';
const POLICY = 'Inflation Reduction Act';

describeInBrowsers('highlights without colour as the only cue', (browser) => {
  test('a mineral is underlined solid and a policy term dotted, in the computed highlight style', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, MINERAL);
    await page.waitFor(isPainted, POLICY);
    const mineral = (await page.evaluate(paintedWord, MINERAL))!.look;
    const policy = (await page.evaluate(paintedWord, POLICY))!.look;
    expect(mineral).toMatchObject({ line: 'underline', style: 'solid', thickness: '2px' });
    expect(policy).toMatchObject({ line: 'underline', style: 'dotted', thickness: '2px' });
    expect(await stylesPaint(page, MINERAL)).toBe(true);
    expect(await stylesPaint(page, POLICY)).toBe(true);
    await page.close();
  });

  test('the thickness and background settings reach the page without a reload; both keep the line', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, MINERAL);
    await writeSettings(browser().panel!, { version: 4, lineThickness: 'thick', style: 'background' });
    await page.waitFor((text) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.includes('-background-') || !name.includes('-thick')) continue;
        for (const r of highlight) if (r.startContainer.textContent!.includes(text)) return true;
      }
      return false;
    }, POLICY);
    const policy = (await page.evaluate(paintedWord, POLICY))!.look;
    expect(policy).toMatchObject({ line: 'underline', style: 'dotted', thickness: '3px' });
    expect(policy.background).not.toBe('rgba(0, 0, 0, 0)');
    await writeSettings(browser().panel!, { version: 4 });
    await page.close();
  });
});

/** The page's own view: how many highlight names are registered, and how many rules style them. */
function highlightRuleCount() {
  const rules = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
  const styled = rules.filter((rule) => rule.cssText.startsWith('::highlight(mineral-lens-'));
  return { names: [...CSS.highlights.keys()].length, rules: styled.length };
}

/**
 * Until the page's highlights stop changing: the first pass has painted all it will. The
 * background answers the blocks in view first and the rest a moment later, and a paint puts the
 * engine's sheet back, so a sheet thrown away before then could be back before it is looked at.
 */
async function paintSettled(page: PageDriver): Promise<void> {
  const count = () =>
    page.evaluate(() => [...CSS.highlights.values()].reduce((n, highlight) => n + highlight.size, 0));
  for (let last = -1, same = 0; same < 5; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const now = await count();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

describeInBrowsers('the document carries only the highlight rules it uses', (browser) => {
  test('one rule per painted look, and back after the page throws its adopted sheets away', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, POLICY);
    await paintSettled(page);
    // Every browser tests every ::highlight() rule against every element on each style
    // recalculation: the page pays for the looks it shows (a handful), not for all 336.
    const { names, rules } = await page.evaluate(highlightRuleCount);
    expect(names).toBeGreaterThan(3);
    expect(rules).toBe(names);
    await page.evaluate(() => void (document.adoptedStyleSheets = []));
    expect(await stylesPaint(page, MINERAL)).toBe(false);
    // The page changes; the engine's next pass puts the sheet back.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Nickel.' })),
    );
    await page.waitFor(() => document.adoptedStyleSheets.length > 0);
    expect(await stylesPaint(page, MINERAL)).toBe(true);
    await page.close();
  });
});

describeInBrowsers(
  'highlights under forced colours',
  (browser) => {
    test('emulated forced colours: both kinds still paint, and still differ in line style', async () => {
      const page: Page = await browser().chromium!.context.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: 'active' }],
      });
      await page.goto(server.url('demo-article.html'));
      await page.waitForFunction(isPainted, POLICY);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const driver = {
        evaluate: page.evaluate.bind(page),
        screenshot: (clip: { x: number; y: number; width: number; height: number }) =>
          page.screenshot({ clip }),
      };
      expect(await stylesPaint(driver as never, MINERAL)).toBe(true);
      expect(await stylesPaint(driver as never, POLICY)).toBe(true);
      expect((await page.evaluate(paintedWord, MINERAL))?.look).toMatchObject({
        style: 'solid',
      });
      expect((await page.evaluate(paintedWord, POLICY))?.look).toMatchObject({
        style: 'dotted',
      });
      await page.close();
    });
  },
  { only: ['chromium'] },
);
