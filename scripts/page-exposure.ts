// What a page can read about the reader's highlight settings, measured in real Chromium and
// Firefox with the built extension (`npm run build` first): `npx tsx scripts/page-exposure.ts`.
// It prints, from the page's own main world, the registered highlight names, the style the browser
// reports for each through getComputedStyle(element, '::highlight(name)'), and whether any sheet
// the page can read holds a ::highlight rule. The answer decides what hiding the names could buy.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { findBrowser } from '../test/e2e/support/browsers';
import { launchChromium, launchFirefox } from '../test/e2e/support/extension';
import { serveFixtures } from '../test/e2e/support/server';

interface Exposure {
  names: string[];
  /** Per name: the painted style the page reads back, and the same for a name nobody registered. */
  computed: Record<string, string>;
  readableHighlightRules: number;
}

/** In the page's main world: only what any page script can do. */
function probe(): Exposure {
  const computed: Record<string, string> = {};
  let unregistered = '';
  for (const [name, highlight] of CSS.highlights) {
    const [range] = highlight;
    const element = range?.startContainer.parentElement;
    if (!element) continue;
    const style = getComputedStyle(element, `::highlight(${name})`);
    computed[name] = `${style.textDecorationLine} ${style.textDecorationColor} / ${style.backgroundColor}`;
    const none = getComputedStyle(element, '::highlight(nobody-registered-this)');
    unregistered = `${none.textDecorationLine} ${none.textDecorationColor} / ${none.backgroundColor}`;
  }
  computed['(a name nobody registered)'] = unregistered;
  let readableHighlightRules = document.adoptedStyleSheets.length;
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) if (rule.cssText.includes('::highlight')) readableHighlightRules++;
  }
  return { names: [...CSS.highlights.keys()], computed, readableHighlightRules };
}

function print(browser: string, exposure: Exposure) {
  console.log(`\n${browser}: ${exposure.names.length} highlight names the page can list`);
  for (const [name, style] of Object.entries(exposure.computed)) console.log(`  ${name.padEnd(36)} ${style}`);
  console.log(`  readable sheets with ::highlight rules: ${exposure.readableHighlightRules}`);
}

const server = await serveFixtures();
const url = server.url('demo-article.html');
try {
  const chromiumPath = findBrowser('chromium');
  if (chromiumPath) {
    const session = await launchChromium(chromiumPath);
    const page: PlaywrightPage = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    print('Chromium', await page.evaluate(probe));
    await session.close();
  }
  const firefoxPath = findBrowser('firefox');
  if (firefoxPath) {
    const session = await launchFirefox(firefoxPath);
    const page: PuppeteerPage = await session.browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    print('Firefox', await page.evaluate(probe));
    await session.close();
  }
} finally {
  await server.close();
}
