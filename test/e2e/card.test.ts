import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  cardControlCenter,
  isCardClosed,
  isCardOpen,
  isCardReady,
  readCard,
  type Box,
} from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import { playwrightCardRoot } from './support/card-root';
import { describeInBrowsers, type PageDriver } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';

// The term card with the built extension, in real Chromium and Firefox: hover intent, pinning,
// the keyboard, links, positioning against hostile pages, frames and dialogs, and axe.

let server: FixtureServer;
let axeSource: string;
beforeAll(async () => {
  server = await serveFixtures();
  axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(() => server?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function open(page: PageDriver, fixture: string, term: string) {
  await page.goto(server.url(fixture));
  await page.waitFor(isPainted, term);
}

/** Rests the pointer on a painted term (one small move onto it, as a hand would). */
async function hover(page: PageDriver, term: string) {
  const at = (await page.evaluate(paintedWord, term))!;
  expect(at, `"${term}" is painted`).not.toBeNull();
  await page.mouseMove(at.x - 4, at.y);
  await page.mouseMove(at.x, at.y);
  return at;
}

async function clickTerm(page: PageDriver, term: string) {
  const at = (await page.evaluate(paintedWord, term))!;
  await page.mouseClick(at.x, at.y);
}

async function clickInCard(page: PageDriver, name: string) {
  const at = await page.inCard(cardControlCenter, name);
  expect(at, `the card has "${name}"`).not.toBeNull();
  await page.mouseClick(at!.x, at!.y);
}

const inside = (rect: Box, viewport: { width: number; height: number }) =>
  rect.left >= 0 && rect.top >= 0 && rect.right <= viewport.width && rect.bottom <= viewport.height;

describeInBrowsers('term card', (browser) => {
  test('hovering "gallium" opens its card after the dwell, with its figures and their sources', async () => {
    const page = await browser().newPage();
    await open(page, 'demo-article.html', 'gallium');
    const at = await hover(page, 'gallium');
    await page.waitForCard(isCardOpen);
    const card = await page.inCard(readCard);
    expect(card).toMatchObject({ title: 'Gallium', pinned: false, focusInside: false });
    for (const fact of [
      'Ga, atomic number 31',
      'US 2025',
      'EU critical',
      'EU strategic',
      'Top producers, 2025',
      'China100%900,000',
      'USGS MCS 2026, data year 2025',
      'China export controls on gallium and germanium (2023)',
      'U.S. net import reliance, 2025',
      'Canada 28%',
      'mentions on this page',
    ]) {
      expect(card.text).toContain(fact);
    }
    expect(inside(card.rect!, card.viewport)).toBe(true);
    // Into the card: it stays. Away from both: it closes shortly after.
    await page.mouseMove(at.x, at.y + 12);
    await page.mouseMove((card.rect!.left + card.rect!.right) / 2, (card.rect!.top + card.rect!.bottom) / 2);
    await sleep(700);
    expect(await page.inCard(isCardOpen)).toBe(true);
    await page.mouseMove(5, card.viewport.height - 5);
    await page.waitForCard(isCardClosed, undefined, 3000);
    await page.close();
  });

  test('opens on a page whose <html lang> is "constructor"', async () => {
    const page = await browser().newPage();
    await open(page, 'page-lang-constructor.html', 'gallium');
    await clickTerm(page, 'gallium');
    await page.waitForCard(isCardOpen);
    await page.waitForCard(isCardReady);
    const card = await page.inCard(readCard);
    expect(card).toMatchObject({ title: 'Gallium' });
    expect(card.text).toContain('Top producers, 2025');
    await page.close();
  });

  test('click pins the card: focus moves in, Tab stays inside, Escape closes it', async () => {
    const page = await browser().newPage();
    await open(page, 'demo-article.html', 'cobalt');
    await clickTerm(page, 'cobalt');
    await page.waitForCard(isCardOpen);
    await page.waitFor(() => {
      const host = document.querySelector('[data-mineral-lens-host]');
      return document.activeElement === host;
    });
    expect(await page.inCard(readCard)).toMatchObject({ title: 'Cobalt', pinned: true, focusInside: true });
    for (let i = 0; i < 25; i++) await page.press('Tab');
    expect((await page.inCard(readCard)).focusInside).toBe(true);
    await page.press('Shift+Tab');
    expect((await page.inCard(readCard)).focusInside).toBe(true);
    // A pinned card stays when the pointer wanders off.
    await page.mouseMove(3, 3);
    await sleep(700);
    expect(await page.inCard(isCardOpen)).toBe(true);
    await page.press('Escape');
    await page.waitForCard(isCardClosed);
    expect((await page.inCard(readCard)).focusInside).toBe(false);
    await page.close();
  });

  test('links switch the card in place; back returns', async () => {
    const page = await browser().newPage();
    await open(page, 'demo-article.html', 'gallium');
    await clickTerm(page, 'gallium');
    await page.waitForCard(isCardOpen);
    await clickInCard(page, 'China export controls on gallium and germanium');
    await page.waitForCard((root) =>
      root!.querySelector('.title')!.textContent!.startsWith('China export controls'),
    );
    expect((await page.inCard(readCard)).text).toContain(
      'Licensing requirement in force. (as of November 21, 2025)',
    );
    await clickInCard(page, 'Back to gallium');
    await page.waitForCard((root) => root!.querySelector('.title')!.textContent === 'Gallium');
    await page.close();
  });

  test('not clipped by overflow, transforms or z-index; the page’s CSS does not reach in', async () => {
    const page = await browser().newPage();
    await open(page, 'card-hostile.html', 'gallium');
    await hover(page, 'gallium');
    await page.waitForCard(isCardOpen);
    const card = await page.inCard(readCard);
    expect(card.title).toBe('Gallium');
    expect(inside(card.rect!, card.viewport)).toBe(true);
    expect(card.rect!.bottom - card.rect!.top).toBeGreaterThan(150);
    const probe = await page.inCard((root) => {
      const host = root!.host;
      const card = root!.querySelector<HTMLElement>('.card')!;
      const box = card.getBoundingClientRect();
      // Hit-test a point of the card that lies over the banner and outside the clipping box.
      const top = document.elementFromPoint(box.left + 40, Math.max(box.top + 40, 160));
      const style = getComputedStyle(card);
      const button = getComputedStyle(root!.querySelector('button')!);
      return {
        onTop: top === host,
        font: style.fontFamily,
        colour: style.color,
        letterSpacing: style.letterSpacing,
        border: style.borderTopColor,
        buttonBackground: button.backgroundColor,
        buttonFont: button.fontSize,
      };
    });
    expect(probe.onTop).toBe(true);
    expect(probe.font).not.toContain('Comic');
    expect(probe.colour).not.toBe('rgb(200, 0, 0)');
    expect(probe.letterSpacing).toBe('normal');
    expect(probe.border).not.toBe('rgb(255, 0, 255)');
    expect(probe.buttonBackground).not.toBe('rgb(255, 105, 180)');
    expect(probe.buttonFont).not.toBe('32px');
    await page.close();
  });

  test('a modal <dialog> neither hides the card nor makes it inert', async () => {
    const page = await browser().newPage();
    await open(page, 'card-dialog.html', 'cobalt');
    await clickTerm(page, 'cobalt');
    await page.waitForCard(isCardOpen);
    const onTop = await page.inCard((root) => {
      const box = root!.querySelector('.card')!.getBoundingClientRect();
      return document.elementFromPoint(box.left + 20, box.top + 20) === root!.host;
    });
    expect(onTop).toBe(true);
    await clickInCard(page, 'Close');
    await page.waitForCard(isCardClosed);
    await page.close();
  });

  test('inside an iframe, the card opens in the frame and fits its viewport', async () => {
    const page = await browser().newPage();
    await page.goto(server.url('page-frames.html'));
    await expect
      .poll(() => page.evaluateInFrame('page-frame-child', () => CSS.highlights.size), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const frame = await page.evaluate(() => {
      const el = document.querySelector('iframe')!;
      const r = el.getBoundingClientRect();
      return { x: r.left + el.clientLeft, y: r.top + el.clientTop };
    });
    const term = await page.evaluateInFrame('page-frame-child', () => {
      for (const [, highlight] of CSS.highlights) {
        for (const r of highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString() !== 'tungsten') continue;
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    expect(term).not.toBeNull();
    await page.mouseMove(frame.x + term!.x - 4, frame.y + term!.y);
    await page.mouseMove(frame.x + term!.x, frame.y + term!.y);
    await expect
      .poll(() => page.inCardInFrame('page-frame-child', readCard).catch(() => null), { timeout: 10_000 })
      .toMatchObject({ open: true, title: 'Tungsten' });
    const card = await page.inCardInFrame('page-frame-child', readCard);
    expect(inside(card.rect!, card.viewport)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('[data-mineral-lens-host]'))).toBeNull();
    await page.close();
  });

  test('axe finds no serious or critical problems on the open card, on light and dark pages', async () => {
    const page = await browser().newPage();
    for (const [fixture, term] of [
      ['demo-article.html', 'gallium'],
      ['page-dark.html', 'lithium'],
    ] as const) {
      await open(page, fixture, term);
      await clickTerm(page, term);
      await page.waitForCard(isCardOpen);
      await page.waitForCard(isCardReady);
      await page.addScript(axeSource);
      const violations = await page.inCard(async (root) => {
        // axe walks shadow trees through `shadowRoot`, which a closed root hides: lend it the root.
        const host = root!.host;
        Object.defineProperty(host, 'shadowRoot', { value: root, configurable: true });
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const results = await axe.run(host, { resultTypes: ['violations'] });
        delete (host as { shadowRoot?: unknown }).shadowRoot;
        return results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
      });
      expect(violations, fixture).toEqual([]);
    }
    await page.close();
  });

  test('"not the mineral here" hides that one occurrence, also after a reload', async () => {
    const page = await browser().newPage();
    await open(page, 'demo-article.html', 'lithium');
    const count = () =>
      page.evaluate(
        () =>
          [...CSS.highlights]
            .filter(([name]) => name !== 'mineral-lens-flash')
            .flatMap(([, h]) => [...h])
            .filter((r) => {
              const range = document.createRange();
              range.setStart(r.startContainer, r.startOffset);
              range.setEnd(r.endContainer, r.endOffset);
              return range.toString() === 'lithium';
            }).length,
      );
    // Ranges are registered as their paragraphs come near the viewport: wait until that settles.
    const settled = async () => {
      for (let last = -1; ; await sleep(300)) {
        const now = await count();
        if (now === last) return now;
        last = now;
      }
    };
    const before = await settled();
    expect(before).toBeGreaterThan(1);
    await clickTerm(page, 'lithium');
    await page.waitForCard(isCardOpen);
    await clickInCard(page, 'Not the mineral here');
    await page.waitForCard((root) =>
      root!.querySelector('.notice')!.textContent!.startsWith('Hidden on this page'),
    );
    expect(await count()).toBe(before - 1);
    await page.goto(server.url('demo-article.html'));
    await page.waitFor(isPainted, 'lithium');
    expect(await settled()).toBe(before - 1);
    await page.close();
  });
});

// What needs an extension context (the service worker stands in for the shortcut's command handler
// and for the panel) or Playwright's media emulation: Chromium only. A test cannot reach an
// extension context in Firefox; the same content-script code answers there.
describeInBrowsers(
  'term card and the extension',
  (browser) => {
    interface ChromeApi {
      tabs: {
        query(q: object): Promise<{ id?: number; url?: string }[]>;
        sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
      };
      storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
    }
    const worker = async () => {
      const { context } = browser().chromium!;
      return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    };
    /** What the background sends when the reader presses a mention shortcut (lib/background/mention-shortcut.ts). */
    const pressShortcut = async (direction: 'next' | 'previous') =>
      (await worker()).evaluate(async (direction) => {
        const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [tab] = await tabs.query({ active: true, currentWindow: true });
        return tabs.sendMessage(tab!.id!, { type: 'card/jump', direction }, { frameId: 0 });
      }, direction);

    /** The active tab's mention list, once the page's scan has finished (it holds still). */
    const settledList = async () => {
      const read = async () =>
        (await (
          await worker()
        ).evaluate(async () => {
          const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          const [tab] = await tabs.query({ active: true, currentWindow: true });
          return tabs.sendMessage(tab!.id!, { type: 'mentions/list' }, { frameId: 0 });
        })) as { mentions: { text: string; kind: string }[] };
      for (let last = await read(); ;) {
        await sleep(300);
        const now = await read();
        if (now.mentions.length === last.mentions.length) return now;
        last = now;
      }
    };

    test('the next-mention shortcut scrolls to a highlight, opens its card pinned, and says where it is', async () => {
      const page = await browser().newPage();
      await open(page, 'demo-article.html', 'lithium');
      const list = await settledList();
      expect(await pressShortcut('next')).toEqual({ ok: true });
      await page.waitForCard(isCardOpen);
      const [top] = list.mentions;
      const kind = { mineral: 'mineral', group: 'mineral group', policy: 'policy term' }[top!.kind];
      // With no card open and the page at its top, "next" is the page's first highlight.
      const first = await page.inCard(readCard);
      expect(first).toMatchObject({ pinned: true, focusInside: true });
      expect(first.live).toBe(`${top!.text}, ${kind}, 1 of ${list.mentions.length}`);
      await pressShortcut('next');
      await page.waitForCard((root) => /, 2 of \d+$/.test(root!.querySelector('[aria-live]')!.textContent!));
      await pressShortcut('previous');
      await pressShortcut('previous');
      await page.waitForCard((root) => {
        const live = root!.querySelector('[aria-live]')!.textContent!;
        const [, at, of] = /(\d+) of (\d+)$/.exec(live)!;
        return at === of; // Wrapped around to the last highlight.
      });
      await page.close();
    });

    test('the panel’s card/open opens that mention’s card', async () => {
      const page = await browser().newPage();
      await open(page, 'demo-article.html', 'gallium');
      const answer = await (
        await worker()
      ).evaluate(async () => {
        const { tabs } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [tab] = await tabs.query({ active: true, currentWindow: true });
        const list = (await tabs.sendMessage(tab!.id!, { type: 'mentions/list' }, { frameId: 0 })) as {
          mentions: { index: number; text: string }[];
        };
        const gallium = list.mentions.find((m) => m.text === 'gallium')!;
        return tabs.sendMessage(tab!.id!, { type: 'card/open', index: gallium.index }, { frameId: 0 });
      });
      expect(answer).toEqual({ ok: true });
      await page.waitForCard(isCardOpen);
      expect(await page.inCard(readCard)).toMatchObject({ title: 'Gallium', pinned: true });
      await page.close();
    });

    test('dark and light follow the OS; reduced motion turns the opening animation off', async () => {
      const page = await browser().chromium!.context.newPage();
      const inCard = playwrightCardRoot(page);
      const colours = async () =>
        inCard((root) => {
          const card = root!.querySelector('.card')!;
          const style = getComputedStyle(card);
          return { background: style.backgroundColor, text: style.color, animation: style.animationName };
        }, undefined);
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.goto(server.url('page-dark.html'));
      await page.waitForFunction(isPainted, 'lithium');
      const at = (await page.evaluate(paintedWord, 'lithium'))!;
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => inCard(isCardOpen, undefined)).toBe(true);
      expect(await colours()).toEqual({
        background: 'rgb(30, 34, 40)',
        text: 'rgb(232, 235, 239)',
        animation: 'none',
      });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
      expect(await colours()).toEqual({
        background: 'rgb(255, 255, 255)',
        text: 'rgb(28, 32, 38)',
        animation: 'card-in',
      });
      await page.close();
    });

    test('"don’t highlight on this site" adds the site to the list and clears the page', async () => {
      const page = await browser().newPage();
      await open(page, 'demo-article.html', 'cobalt');
      await clickTerm(page, 'cobalt');
      await page.waitForCard(isCardOpen);
      await clickInCard(page, 'Don’t highlight on this site');
      await page.waitFor(() => CSS.highlights.size === 0);
      await page.waitForCard(isCardClosed);
      const stored = await (
        await worker()
      ).evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.get('settings'));
      expect(stored.settings).toMatchObject({ sites: ['127.0.0.1'] });
      await sleep(500);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await page.close();
    });
  },
  { only: ['chromium'] },
);
