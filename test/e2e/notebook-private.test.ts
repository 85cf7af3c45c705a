import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers } from './support/driver';
import { notebookHost } from './support/notebook-host';
import { pageList } from './support/panel-tabs';
import { serveFixtures, type FixtureServer } from './support/server';

// Nothing read in a private window is kept, with the notebook on and the extension allowed in
// private windows (so it does read the page there: the proof is its mention list). Chromium gets
// "Allow in Incognito" in its profile before launch; Firefox gets "Run in Private Windows" from the
// chrome scope. The private window is opened by the extension (windows.create), as a reader's is.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

interface WindowsApi {
  chrome: {
    windows: {
      create(options: object): Promise<{ id?: number; incognito: boolean; tabs?: { id?: number }[] }>;
      remove(id: number): Promise<void>;
      getAll(): Promise<{ id?: number; incognito: boolean }[]>;
    };
    tabs: {
      create(options: object): Promise<{ id?: number }>;
      remove(id: number): Promise<void>;
    };
  };
}

describeInBrowsers(
  'notebook in a private window',
  (browser) => {
    test('a page read in a private window is not kept; the same reader’s normal tab is', async () => {
      const host = browser().panel!;
      const notebook = notebookHost(browser());
      await notebook.setNotebook(true);

      const url = server.url('notebook/jsonld-news.html');
      const opened = await host.inExtension(async (url) => {
        const w = await (globalThis as unknown as WindowsApi).chrome.windows.create({ incognito: true, url });
        return { window: w.id!, tab: w.tabs![0]!.id!, incognito: w.incognito };
      }, url);
      expect(opened.incognito).toBe(true);
      // The extension reads the private page: its content script lists the article's mentions.
      await expect
        .poll(async () => (await pageList(host, opened.tab).catch(() => null))?.mentions.length ?? 0, {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);

      // Proof the notebook was on and recording meanwhile: a page read next, in a normal window, is
      // kept. Opened by the extension in a window it knows is not private (a driver's new tab may
      // land in the private window, the one in front).
      const normalTab = await host.inExtension(async (url) => {
        const { windows, tabs } = (globalThis as unknown as WindowsApi).chrome;
        const normal = (await windows.getAll()).find((w) => !w.incognito)!;
        return (await tabs.create({ url, windowId: normal.id! })).id!;
      }, server.url('notebook/opengraph-only.html'));
      expect(await notebook.keptWhen(1)).toEqual(['Nickel smelters in Indonesia expand again']);

      await host.inExtension((id) => (globalThis as unknown as WindowsApi).chrome.tabs.remove(id), normalTab);
      await host.inExtension(
        (id) => (globalThis as unknown as WindowsApi).chrome.windows.remove(id),
        opened.window,
      );
    });
  },
  { privateWindows: true },
);
