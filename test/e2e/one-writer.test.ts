import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cardControlCenter, isCardClosed, isCardOpen } from './support/card-probes';
import { isPainted, paintedWord } from './support/highlight-probes';
import { describeInBrowsers, type BrowserUnderTest, type PageDriver } from './support/driver';

// One writer, seen from real browsers: many frames in two tabs, on their own hosts (fN.localhost,
// which Chromium and Firefox both resolve to this machine) and on the page's own host, each
// pressing a card button with trusted input in quick succession. Every frame's change must land
// in storage, read back from an extension context (the panel host: Chromium's service worker, a
// panel tab in Firefox).

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
      sync: { get(k: string | null): Promise<Record<string, unknown>> };
      local: { get(k: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    };
  };
}

const storageOf = (browser: BrowserUnderTest) =>
  browser.panel!.inExtension(async () => {
    const { storage } = (globalThis as unknown as ChromeStorage).chrome;
    return { sync: await storage.sync.get(null), local: await storage.local.get(null) };
  }, undefined);

/** Storage read from an extension context: the first read in Firefox opens the panel tab it runs in. */
const STORAGE_POLL = { timeout: 20_000 };

interface Tab {
  page: PageDriver;
  /** A part of each frame's URL that names it alone, in the order the frames are on the page. */
  frames: string[];
}

/** Polls `fn` until it holds; a frame still loading answers with an error, and is asked again. */
async function until(fn: () => Promise<boolean>, what: string, ms = 20_000) {
  await expect.poll(() => fn().catch(() => false), { timeout: ms, message: what }).toBe(true);
}

/** Opens a tab on the parent page and waits until every frame has painted "Lithium". */
async function openTab(browser: BrowserUnderTest, frames: string[]): Promise<Tab> {
  const page = await browser.newPage();
  // Every frame in view at once (three 400x300 frames a row, two rows; Puppeteer's default is
  // 800x600). Highlights are registered only near the viewport (near-watch.ts), and a cross-site
  // frame's IntersectionObserver ignores the root margin, so a cross-site frame below the fold
  // paints nothing until the reader scrolls to it; the burst of clicks also needs every card on
  // screen.
  await page.setViewport(1280, 720);
  await page.goto(`http://127.0.0.1:${port}/parent?frames=${frames.join(',')}`);
  const tab = {
    page,
    frames: frames.map((f) => (f.startsWith('/') ? f.replace(/\?.*/, '?') : `/frame/${f}`)),
  };
  for (const frame of tab.frames)
    await until(() => page.evaluateInFrame(frame, isPainted, 'Lithium'), `${frame} painted`);
  return tab;
}

/** Where a point in the `index`th frame's viewport is on the page (past the frame's border). */
async function onPage(tab: Tab, index: number, point: { x: number; y: number }) {
  const box = await tab.page.evaluate((i) => {
    const frame = document.querySelectorAll('iframe')[i]!;
    const r = frame.getBoundingClientRect();
    return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
  }, index);
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Opens the card in each frame with a trusted click on its "Lithium". */
async function openCards(tab: Tab) {
  await tab.page.bringToFront();
  for (const [i, frame] of tab.frames.entries()) {
    const at = await onPage(tab, i, (await tab.page.evaluateInFrame(frame, paintedWord, 'Lithium'))!);
    await tab.page.mouseClick(at.x, at.y);
    await until(() => tab.page.inCardInFrame(frame, isCardOpen), `card open in ${frame}`, 10_000);
  }
}

/** Presses `name` in every frame's card, one trusted click after another without waiting. */
async function pressInEveryCard(tabs: Tab[], name: string) {
  const targets = [];
  let front: PageDriver | undefined;
  for (const tab of tabs) {
    for (const [i, frame] of tab.frames.entries()) {
      const at = await onPage(tab, i, (await tab.page.inCardInFrame(frame, cardControlCenter, name))!);
      targets.push({ page: tab.page, at });
    }
  }
  // A reader clicks in the tab in front: Firefox could drop the first click sent to a tab behind.
  for (const { page, at } of targets) {
    if (page !== front) await (front = page).bringToFront();
    await page.mouseClick(at.x, at.y);
  }
}

describeInBrowsers('one writer for everything the reader sets', (browser) => {
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
      }, STORAGE_POLL)
      .toEqual(expected);
    expect((await storageOf(browser())).local).not.toHaveProperty('settings');
    // Each frame stopped highlighting and closed its card, and stays so as the others' writes land.
    for (const tab of tabs) {
      for (const frame of tab.frames) {
        await until(
          () => tab.page.evaluateInFrame(frame, () => CSS.highlights.size === 0),
          `${frame} cleared`,
        );
        await until(() => tab.page.inCardInFrame(frame, isCardClosed), `card closed in ${frame}`);
      }
    }
    for (const tab of tabs) await tab.page.close();
  });

  test('"not the mineral here" in 12 frames at once: every page remembered, the 300-page cap holds', async () => {
    // 294 pages already remembered, older than anything hidden now.
    await browser().panel!.inExtension(async () => {
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
    }, undefined);
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
      }, STORAGE_POLL)
      .toBe(12);
    const { local } = await storageOf(browser());
    const records = Object.keys(local).filter((key) => key.startsWith('hidden:'));
    expect(Object.keys(local.hiddenPages as object)).toHaveLength(300);
    expect(records).toHaveLength(300);
    for (const page of expected) expect(local).toHaveProperty([`hidden:${page}`]);
    expect(JSON.stringify(local)).not.toContain('SECRET');
    for (const tab of tabs) await tab.page.close();
  });
});
