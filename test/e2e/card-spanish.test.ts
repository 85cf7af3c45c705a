import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EntriesFile } from '@/lib/dataset/types';
import { browserOrSkip } from './support/browsers';
import { isCardReady } from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import {
  playwrightCardRoot,
  puppeteerCardRoot,
  waitForCardRoot,
  type CardRootCall,
} from './support/card-root';
import { launchChromium, launchFirefox } from './support/extension';
import { serveFixtures, type FixtureServer } from './support/server';

// Issue 16: a reader whose browser is in Mexican Spanish gets the card in Spanish with no setting
// touched: the title is the entry's Spanish name, the page's own (English) word sits below it, and
// what the figures measure is in Spanish. Firefox needs its es-MX language pack for its UI
// language to be es-MX (Debian: firefox-esr-l10n-es-mx); without it Firefox stays in English.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const file = JSON.parse(readFileSync('data/generated/entries.json', 'utf8')) as EntriesFile;
const lithium = file.entries.find((e) => e.id === 'lithium')!;
// Until data/es-drafts/ are folded in, the description is still the English one.
const description =
  (lithium.kind === 'mineral' && lithium.es?.description) || (lithium as { description: string }).description;

interface Driven {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  move(x: number, y: number): Promise<void>;
  card: CardRootCall;
}

async function hoverLithium(page: Driven) {
  const until = Date.now() + 15_000;
  while (!(await page.evaluate(isPainted, 'lithium'))) {
    if (Date.now() > until) throw new Error('"lithium" never painted');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const at = (await page.evaluate(paintedWord, 'lithium'))!;
  await page.move(at.x - 4, at.y);
  await page.move(at.x, at.y);
  await waitForCardRoot(page.card, isCardReady, null, 15_000);
  // The probe runs in the page: it can use nothing imported here.
  return page.card(
    (root) => ({
      title: root?.querySelector('.title')?.textContent ?? '',
      text: root?.querySelector('.card')?.textContent ?? '',
      local: root?.querySelector('.local-name')?.textContent ?? '',
      localLang: root?.querySelector('.local-name')?.getAttribute('lang') ?? '',
      description: root?.querySelector('.description')?.textContent ?? '',
      close: root?.querySelector('.header button:last-of-type')?.getAttribute('aria-label') ?? '',
    }),
    null,
  );
}

function expectSpanishCard(card: Awaited<ReturnType<typeof hoverLithium>>) {
  expect(card.title).toBe('Litio');
  expect(card.local).toBe('Lithium');
  expect(card.localLang).toBe('en');
  expect(card.close).toBe('Cerrar');
  expect(card.description).toBe(description);
  expect(card.text).toContain('Producción minera, contenido de litio');
}

const chromiumPath = browserOrSkip('chromium');
const firefoxPath = browserOrSkip('firefox');

describe.skipIf(!chromiumPath)('the card in a browser set to es-MX (Chromium)', () => {
  test('hovering "lithium" on an English page opens "Litio" in Spanish', async () => {
    const session = await launchChromium(chromiumPath!, { lang: 'es-MX' });
    try {
      const page = await session.context.newPage();
      await page.goto(server.url('article-en.html'));
      const card = await hoverLithium({
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        move: (x, y) => page.mouse.move(x, y),
        card: playwrightCardRoot(page),
      });
      expectSpanishCard(card);
    } finally {
      await session.close();
    }
  }, 60_000);
});

describe.skipIf(!firefoxPath)('the card in a browser set to es-MX (Firefox)', () => {
  test('hovering "lithium" on an English page opens "Litio" in Spanish', async () => {
    const session = await launchFirefox(firefoxPath!, { lang: 'es-MX' });
    try {
      const page = await session.browser.newPage();
      await page.goto(server.url('article-en.html'));
      const card = await hoverLithium({
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        move: (x, y) => page.mouse.move(x, y),
        card: puppeteerCardRoot(page),
      });
      expectSpanishCard(card);
    } finally {
      await session.close();
    }
  }, 120_000);
});
