// `npm run demo`: opens Chromium with the built extension on a bundled sample article.
// `npm run demo -- --screenshots DIR`: headless instead, writing PNGs of the page, a card and each
// view of the panel in light and dark (scripts/demo-panel.ts).
// `npm run demo -- --store DIR`: headless, writing the stores' 1280x800 and 640x400 screenshots
// (scripts/demo-store.ts).
// `npm run demo -- --a11y DIR`: headless, writing the highlights under forced colours, colour-vision
// deficiencies and on a dark page, and the card at 150% text size (scripts/demo-a11y.ts).
// `--lang es-MX` runs the browser in that UI language: `npm run demo -- --screenshots docs/es
// --lang es-MX` writes the Spanish card (on "lithium", so the page's own word shows under "Litio").
// `--article demo-article-es.html` opens the Spanish demo article instead (test/fixtures/): with
// `--lang es-MX`, what a Mexican reader sees on a Spanish story.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { a11yScreenshots } from './demo-a11y';
import { panelScreenshots } from './demo-panel';
import { storeScreenshots } from './demo-store';
import { findBrowser } from '../test/e2e/support/browsers';
import { paintedWord } from '../test/e2e/support/highlight-probes';
import { launchChromium } from '../test/e2e/support/extension';
import { openPanel } from '../test/e2e/support/panel';
import { chromiumPanelHost } from '../test/e2e/support/panel-driver';
import { tabIdOf } from '../test/e2e/support/panel-tabs';
import { serveFixtures } from '../test/e2e/support/server';

const { values } = parseArgs({
  options: {
    screenshots: { type: 'string' },
    store: { type: 'string' },
    a11y: { type: 'string' },
    lang: { type: 'string' },
    article: { type: 'string', default: 'demo-article.html' },
  },
});
const executablePath = findBrowser('chromium');
if (!executablePath) {
  console.error('Chromium not found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
const storeDir = values.store ? resolve(values.store) : undefined;
const a11yDir = values.a11y ? resolve(values.a11y) : undefined;
const shotsDir = values.screenshots ? resolve(values.screenshots) : (storeDir ?? a11yDir);
if (!shotsDir && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Use `npm run demo -- --screenshots DIR` to write screenshots instead.');
  process.exit(1);
}

const server = await serveFixtures();
const session = await launchChromium(executablePath, {
  headless: Boolean(shotsDir),
  ...(values.lang ? { lang: values.lang } : {}),
});
// tsx (esbuild, keepNames) wraps named inner functions in __name(); functions sent to the page need it.
await session.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
const article = await session.context.newPage();
await article.setViewportSize({ width: 1100, height: 900 });
await article.goto(server.url(values.article));
await article.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });

if (!shotsDir) {
  // In a tab the panel has no page of its own: point it at the article's tab.
  await openPanel(session, await tabIdOf(chromiumPanelHost(session), article.url()));
  await article.bringToFront();
  console.log(`Mineral Lens is running on ${article.url()}. Close the browser window to end the demo.`);
  await new Promise((resolve) => session.context.on('close', resolve));
} else if (a11yDir) {
  mkdirSync(a11yDir, { recursive: true });
  const written = await a11yScreenshots(session, article.url(), a11yDir, hoverTerm);
  console.log(`Wrote ${written.join(', ')} to ${a11yDir}`);
  await session.close();
} else if (storeDir) {
  mkdirSync(storeDir, { recursive: true });
  const written = await storeScreenshots(session, article, storeDir, hoverTerm);
  console.log(`Wrote ${written.join(', ')} to ${storeDir}`);
  await session.close();
} else {
  mkdirSync(shotsDir, { recursive: true });
  await article.screenshot({ path: join(shotsDir, 'page.png') });
  // A taller window for the card, so its first screen shows the headline facts.
  await article.setViewportSize({ width: 1100, height: 1100 });
  // The Spanish card on an English page shows the page's word under "Litio"; on the Spanish article,
  // its own word.
  const spanishPage = await article.evaluate(() => document.documentElement.lang.startsWith('es'));
  await hoverTerm(article, spanishPage ? 'litio' : values.lang?.startsWith('es') ? 'lithium' : 'gallium');
  await article.screenshot({ path: join(shotsDir, 'card.png') });
  // The card follows the OS theme: the same card, with the OS in dark mode.
  await article.emulateMedia({ colorScheme: 'dark' });
  await article.screenshot({ path: join(shotsDir, 'card-dark.png') });
  await article.emulateMedia({ colorScheme: null });
  const written = await panelScreenshots(session, article, shotsDir, values.lang);
  console.log(`Wrote page.png, card.png, card-dark.png, ${written.join(', ')} to ${shotsDir}`);
  await session.close();
}
await server.close();

/** Rests the pointer on the first painted `term` on screen and waits past the card's dwell time. */
async function hoverTerm(page: Page, term: string): Promise<void> {
  const point = await page.evaluate(paintedWord, term);
  if (!point) throw new Error(`"${term}" is not highlighted on screen`);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(600);
}
