import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isCardClosed, isCardOpen, readCard } from './support/card-probes';
import { describeInBrowsers, type BrowserUnderTest, type PageDriver } from './support/driver';
import { FIREFOX_BUILD } from './support/extension';
import { isPainted } from './support/highlight-probes';
import { serveFixtures, type FixtureServer } from './support/server';

// A hostile page against the built extension, in real Chromium and Firefox: the page forges input
// at highlighted words and at the card, reads what it can, forges WXT's start-up event and patches
// built-ins before the content script runs. Each attack must leave nothing written, nothing opened
// and the highlights intact, while the reader's own input keeps working.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than the default dwell (150 ms) several times over: what was going to open has opened. */
const SETTLE_MS = 800;

interface Hostile {
  hostile: {
    point(text: string): { x: number; y: number } | null;
    forgeHover(text: string): boolean;
    forgeClick(text: string): boolean;
    forgeEscape(): void;
    peek(): { host: boolean; shadowRoot: boolean | null };
    pressEverything(root: ShadowRoot): number;
    forgeStart(runtimeId: string): void;
  };
  caught: string[];
  stolenRoots: ShadowRoot[];
  squat: { constructed: number; connected: number; roots: ShadowRoot[] };
}

async function open(page: PageDriver, fixture: string, term: string) {
  await page.goto(server.url(fixture));
  await page.waitFor(isPainted, term);
}

/** The reader's own pointer: a small move onto the word, or a click on it. */
async function point(page: PageDriver, term: string) {
  const at = await page.evaluate((t) => (window as unknown as Hostile).hostile.point(t), term);
  expect(at, `"${term}" is painted`).not.toBeNull();
  return at!;
}
/** Rests the pointer on the word until its card opens (the card's listeners may still be starting). */
async function hoverOpens(page: PageDriver, term: string) {
  const at = await point(page, term);
  for (let attempt = 1; ; attempt++) {
    await page.mouseMove(at.x - 4 * attempt, at.y);
    await page.mouseMove(at.x, at.y);
    try {
      return await page.waitForCard(isCardOpen, undefined, 3000);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
async function click(page: PageDriver, term: string) {
  const at = await point(page, term);
  await page.mouseClick(at.x, at.y);
}

/** Painted ranges, counted with nothing a page could have patched (no array methods). */
const paintedCount = (page: PageDriver) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights) if (name !== 'mineral-lens-flash') n += highlight.size;
    return n;
  });

/** Everything the extension stored, read from an extension context (panel-driver.ts's host). */
function stored(browser: BrowserUnderTest): Promise<unknown> {
  return browser.panel!.inExtension(async () => {
    type Area = { get(keys: null): Promise<object> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } })
      .chrome;
    return { sync: await storage.sync.get(null), local: await storage.local.get(null) };
  }, undefined);
}

/** The runtime id a page needs to name WXT's event: public in Firefox, discoverable in Chrome. */
function runtimeId(browser: BrowserUnderTest): string {
  if (browser.chromium) return browser.chromium.extensionId;
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

describeInBrowsers('a hostile page', (browser) => {
  test('a forged hover or click on a highlighted word opens no card; a real hover does', async () => {
    const page = await browser().newPage();
    await open(page, 'hostile-card.html', 'gallium');
    expect(await page.evaluate(() => (window as unknown as Hostile).hostile.forgeHover('gallium'))).toBe(
      true,
    );
    await sleep(SETTLE_MS);
    expect(await page.evaluate(() => (window as unknown as Hostile).hostile.forgeClick('gallium'))).toBe(
      true,
    );
    await sleep(SETTLE_MS);
    expect(await page.inCard(isCardOpen)).toBe(false);
    // Not even the card's host was added: nothing opened.
    expect(await page.evaluate(() => (window as unknown as Hostile).hostile.peek())).toEqual({
      host: false,
      shadowRoot: null,
    });
    await hoverOpens(page, 'gallium');
    expect(await page.inCard(readCard)).toMatchObject({ title: 'Gallium', pinned: false });
    await page.close();
  });

  test('the page holds the card’s host but cannot reach the card inside it', async () => {
    const page = await browser().newPage();
    await open(page, 'hostile-card.html', 'gallium');
    await click(page, 'gallium');
    await page.waitForCard(isCardOpen);
    expect(await page.evaluate(() => (window as unknown as Hostile).hostile.peek())).toEqual({
      host: true,
      shadowRoot: false,
    });
    // The reader sees it, and the test reaches it from outside the page.
    expect(await page.inCard(readCard)).toMatchObject({ title: 'Gallium', pinned: true, focusInside: true });
    await page.close();
  });

  test('a forged Escape leaves a pinned card open; the reader’s Escape closes it', async () => {
    const page = await browser().newPage();
    await open(page, 'hostile-card.html', 'cobalt');
    await click(page, 'cobalt');
    await page.waitForCard(isCardOpen);
    await page.evaluate(() => (window as unknown as Hostile).hostile.forgeEscape());
    await sleep(SETTLE_MS);
    expect(await page.inCard(isCardOpen)).toBe(true);
    await page.press('Escape');
    await page.waitForCard(isCardClosed);
    await page.close();
  });

  test('every button pressed by script, right after a real click, writes and changes nothing', async () => {
    const page = await browser().newPage();
    await open(page, 'hostile-card.html', 'cobalt');
    const before = { stored: await stored(browser()), painted: await paintedCount(page) };
    expect(before.painted).toBeGreaterThan(2);
    // The real click gives the page a user activation: the script below runs inside its window.
    await click(page, 'cobalt');
    await page.waitForCard(isCardOpen);
    // As if the page had got hold of the root: .click(), forged clicks and keys on every button.
    const pressed = await page.inCard((root) =>
      (window as unknown as Hostile).hostile.pressEverything(root!),
    );
    expect(pressed).toBeGreaterThan(3);
    await sleep(SETTLE_MS);
    expect(await stored(browser())).toEqual(before.stored);
    expect(await paintedCount(page)).toBe(before.painted);
    expect(await page.inCard(readCard)).toMatchObject({ open: true, title: 'Cobalt' });
    // What a reload reads back from storage: the site still on, no occurrence hidden.
    await open(page, 'hostile-card.html', 'cobalt');
    await expect.poll(() => paintedCount(page)).toBe(before.painted);
    await page.close();
  });

  test('a forged start-up event does not stop the content script', async () => {
    const page = await browser().newPage();
    await open(page, 'hostile-start.html', 'gallium');
    await page.evaluate((id) => (window as unknown as Hostile).hostile.forgeStart(id), runtimeId(browser()));
    // Still watching the page: a paragraph added now is scanned and painted.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late news: cobalt prices fell.';
      document.getElementById('later')!.append(p);
    });
    await page.waitFor(isPainted, 'cobalt');
    // And still answering the reader.
    await hoverOpens(page, 'gallium');
    await page.close();
  });

  test('a page that defined the card’s element name first gets no hold on the card', async () => {
    const page = await browser().newPage();
    await open(page, 'hostile-element-name.html', 'gallium');
    await click(page, 'gallium');
    await page.waitForCard(isCardOpen);
    expect(await page.inCard(readCard)).toMatchObject({ title: 'Gallium', pinned: true, focusInside: true });
    // The page's class never ran for the card's host: no reference kept, no root of its own.
    expect(
      await page.evaluate(() => {
        const { constructed, connected, roots } = (window as unknown as Hostile).squat;
        return { constructed, connected, roots: roots.length };
      }),
    ).toEqual({ constructed: 0, connected: 0, roots: 0 });
    expect(await page.evaluate(() => (window as unknown as Hostile).hostile.peek())).toEqual({
      host: true,
      shadowRoot: false,
    });
    await page.close();
  });

  test('a page that patched built-ins first neither sees nor steers the extension', async () => {
    const page = await browser().newPage();
    const before = await stored(browser());
    await open(page, 'hostile-builtins.html', 'gallium');
    await page.waitFor(isPainted, 'cobalt');
    await hoverOpens(page, 'gallium');
    await page.mouseMove(3, 3);
    await page.waitForCard(isCardClosed);
    await click(page, 'cobalt');
    await page.waitForCard((root) => Boolean(root?.querySelector('.card.pinned:popover-open')));
    await page.press('Escape');
    await page.waitForCard(isCardClosed);
    // None of the page's patches and stubs was ever reached, and its attachShadow got no root.
    expect(
      await page.evaluate(() => ({
        caught: (window as unknown as Hostile).caught.slice(),
        stolen: (window as unknown as Hostile).stolenRoots.length,
        shadowRoot: (window as unknown as Hostile).hostile.peek().shadowRoot,
      })),
    ).toEqual({ caught: [], stolen: 0, shadowRoot: false });
    expect(await stored(browser())).toEqual(before);
    await page.close();
  });
});
