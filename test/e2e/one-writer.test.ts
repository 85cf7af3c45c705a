import { createServer, type Server } from 'node:http';
import type { Frame, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cardControlCenter, isCardClosed, isCardOpen, termCenter } from './support/card-probes';
import { playwrightCardRoot, waitForCardRoot } from './support/card-root';
import { describeInBrowsers, type BrowserUnderTest } from './support/driver';
import { isPainted } from './support/highlight-probes';

// One writer, seen from a real browser: many frames in two tabs, on their own hosts
// (fN.localhost, which Chromium resolves to this machine) and on the page's own host, each
// pressing a card button with trusted input in quick succession. Every frame's change must land
// in storage. Chromium only: Playwright reaches into frames there; Firefox's driver here has no
// frame-level input (see TOOLCHAIN.md), and the background's queue is the same code in both.

let server: Server;
let port = 0;
const FRAME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frame</title></head>
<body style="margin:8px;font:16px/1.4 sans-serif"><p>Lithium prices fell again this week.</p></body></html>`;

/** `/parent?frames=a,b` lists frames: a host label (its own site) or `/path` (the page's site). */
function parentPage(frames: string[]): string {
  const src = (frame: string) =>
    frame.startsWith('/') ? frame : `http://${frame}.localhost:${port}/frame/${frame}`;
  const iframes = frames.map((f) => `<iframe src="${src(f)}" width="400" height="300"></iframe>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frames</title></head>
<body style="margin:0;display:flex;flex-wrap:wrap;gap:4px">${iframes.join('')}</body></html>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const html =
      url.pathname === '/parent' ? parentPage((url.searchParams.get('frames') ?? '').split(',')) : FRAME;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise((resolve) => server?.close(resolve)));

interface ChromeStorage {
  chrome: {
    storage: {
      sync: { get(k: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> };
      local: {
        get(k: string | null): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
}

async function worker(browser: BrowserUnderTest): Promise<Worker> {
  const { context } = browser.chromium!;
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

const storageOf = async (browser: BrowserUnderTest) =>
  (await worker(browser)).evaluate(async () => {
    const { storage } = (globalThis as unknown as ChromeStorage).chrome;
    return { sync: await storage.sync.get(null), local: await storage.local.get(null) };
  });

/** Opens a tab on the parent page and waits until every frame has painted "Lithium". */
async function openTab(
  browser: BrowserUnderTest,
  frames: string[],
): Promise<{ page: Page; frames: Frame[] }> {
  const page = await browser.chromium!.context.newPage();
  await page.goto(`http://127.0.0.1:${port}/parent?frames=${frames.join(',')}`);
  await expect.poll(() => page.frames().length, { timeout: 20_000 }).toBe(frames.length + 1);
  const children = page.frames().filter((frame) => frame !== page.mainFrame());
  for (const frame of children) await frame.waitForFunction(isPainted, 'Lithium', { timeout: 20_000 });
  return { page, frames: children };
}

/** Where a point in a frame's viewport is on the page. */
async function onPage(frame: Frame, point: { x: number; y: number }) {
  const box = (await (await frame.frameElement()).boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Opens the card in each frame with a trusted click on its "Lithium". */
async function openCards(tab: { page: Page; frames: Frame[] }) {
  for (const frame of tab.frames) {
    const at = await onPage(frame, (await frame.evaluate(termCenter, 'Lithium'))!);
    await tab.page.mouse.click(at.x, at.y);
    await waitForCardRoot(
      playwrightCardRoot(tab.page, () => frame),
      isCardOpen,
      undefined,
    );
  }
}

/** Presses `name` in every frame's card, one trusted click after another without waiting. */
async function pressInEveryCard(tabs: { page: Page; frames: Frame[] }[], name: string) {
  const targets = [];
  for (const tab of tabs) {
    for (const frame of tab.frames) {
      const at = await onPage(
        frame,
        (await playwrightCardRoot(tab.page, () => frame)(cardControlCenter, name))!,
      );
      targets.push({ page: tab.page, at });
    }
  }
  for (const { page, at } of targets) await page.mouse.click(at.x, at.y);
}

describeInBrowsers(
  'one writer for everything the reader sets',
  (browser) => {
    test('"don’t highlight on this site" pressed in 12 frames on 12 sites in two tabs: all 12 are listed', async () => {
      const first = Array.from({ length: 6 }, (_, i) => `site-a${i}`);
      const second = Array.from({ length: 6 }, (_, i) => `site-b${i}`);
      const tabs = [await openTab(browser(), first), await openTab(browser(), second)];
      for (const tab of tabs) await openCards(tab);
      await pressInEveryCard(tabs, 'Don’t highlight on this site');
      const expected = [...first, ...second].map((label) => `${label}.localhost`).sort();
      await expect
        .poll(async () => {
          const { sync } = await storageOf(browser());
          return [...((sync.settings as { sites?: string[] } | undefined)?.sites ?? [])].sort();
        })
        .toEqual(expected);
      expect((await storageOf(browser())).local).not.toHaveProperty('settings');
      // Each frame stopped highlighting and closed its card, and stays so as the others' writes land.
      for (const tab of tabs) {
        for (const frame of tab.frames) {
          await frame.waitForFunction(() => CSS.highlights.size === 0);
          await waitForCardRoot(
            playwrightCardRoot(tab.page, () => frame),
            isCardClosed,
            undefined,
          );
        }
      }
      for (const tab of tabs) await tab.page.close();
    });

    test('"not the mineral here" in 12 frames at once: every page remembered, the 300-page cap holds', async () => {
      // 294 pages already remembered, older than anything hidden now.
      await (
        await worker(browser())
      ).evaluate(async () => {
        const { storage } = (globalThis as unknown as ChromeStorage).chrome;
        const index: Record<string, number> = {};
        const items: Record<string, unknown> = {};
        const now = Date.now();
        for (let i = 0; i < 294; i++) {
          const page = `https://old.example/${i}`;
          index[page] = now - 1000 - i;
          items[`hidden:${page}`] = {
            updatedAt: now - 1000 - i,
            items: [{ termId: 'lead', ordinal: 0, context: '' }],
          };
        }
        await storage.local.set({ ...items, hiddenPages: index });
      });
      // Six frames on the page's own site (six pages, each with a query that must not be kept)
      // and six on sites of their own, over two tabs.
      const same = Array.from({ length: 6 }, (_, i) => `/story-${i}?token=SECRET${i}`);
      const others = Array.from({ length: 6 }, (_, i) => `hide-${i}`);
      const tabs = [await openTab(browser(), [...same.slice(0, 3), ...others.slice(0, 3)])];
      tabs.push(await openTab(browser(), [...same.slice(3), ...others.slice(3)]));
      for (const tab of tabs) await openCards(tab);
      await pressInEveryCard(tabs, 'Not the mineral here');
      const expected = [
        ...same.map((path) => `http://127.0.0.1:${port}${path.replace(/\?.*/, '')}`),
        ...others.map((label) => `http://${label}.localhost:${port}/frame/${label}`),
      ];
      await expect
        .poll(async () => {
          const index = ((await storageOf(browser())).local.hiddenPages ?? {}) as Record<string, number>;
          return expected.filter((page) => page in index).length;
        })
        .toBe(12);
      const { local } = await storageOf(browser());
      const records = Object.keys(local).filter((key) => key.startsWith('hidden:'));
      expect(Object.keys(local.hiddenPages as object)).toHaveLength(300);
      expect(records).toHaveLength(300);
      for (const page of expected) expect(local).toHaveProperty([`hidden:${page}`]);
      expect(JSON.stringify(local)).not.toContain('SECRET');
      for (const tab of tabs) await tab.page.close();
    });
  },
  { only: ['chromium'] },
);
