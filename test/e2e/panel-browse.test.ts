import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { LOOKUP_MENU_ID } from '@/lib/panel/lookup-menu';
import { PENDING_LOOKUP_KEY } from '@/lib/panel/pending-lookup';
import { describeInBrowsers } from './support/driver';
import { openPanel, serviceWorker, tabIdOf } from './support/panel';
import { serveFixtures, type FixtureServer } from './support/server';

// Browse and "Look up in Mineral Lens" in the built extension (Chromium only, as panel-page).
// A test cannot click a browser's context menu, so the click's two halves are tested apart: the
// background's handler with fakes (test/unit/panel/lookup-menu.test.ts), and here, that the item
// exists and that the panel opens the entry the background leaves for it.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const SEARCH = { name: 'Search minerals and policy terms' };

// Closed after each test even when it fails: a panel left open would take the next test's lookup.
const opened: Page[] = [];
const track = <P extends Page>(page: P): P => (opened.push(page), page);
afterEach(async () => void (await Promise.all(opened.splice(0).map((page) => page.close()))));

describeInBrowsers(
  'panel: browse and look up',
  (browser) => {
    test('search finds "litio"; arrows and Enter open the entry; Esc returns', async () => {
      const session = browser().chromium!;
      const panel = track(await openPanel(session, null));
      await panel.getByRole('tab', { name: 'Browse' }).click();
      const field = panel.getByRole('combobox', SEARCH);
      await field.fill('litio');
      const first = panel.getByRole('listbox').getByRole('option').first();
      expect(await first.textContent()).toContain('Lithium');
      expect(await first.getAttribute('aria-selected')).toBe('true');
      await field.press('Enter');
      const heading = panel.getByRole('heading', { level: 2, name: 'Lithium' });
      await heading.waitFor();
      expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Lithium');
      // The card's own body, in the panel: Playwright's locators reach into its shadow root.
      expect(await panel.getByRole('heading', { name: 'Top producers, 2025' }).count()).toBe(1);
      await panel.keyboard.press('Escape');
      await expect
        .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('role')))
        .toBe('combobox');
    });

    test('typing anywhere searches; filters narrow to "on the EU strategic list"', async () => {
      const session = browser().chromium!;
      const panel = track(await openPanel(session, null));
      await panel.getByRole('tab', { name: 'This page' }).focus();
      await panel.keyboard.type('tierras');
      expect(await panel.getByRole('combobox', SEARCH).inputValue()).toBe('tierras');
      expect(await panel.getByRole('listbox').getByRole('option').first().textContent()).toContain(
        'Rare earth elements',
      );
      await panel.getByRole('combobox', SEARCH).fill('');
      await panel.getByLabel('On list').selectOption('eu-crma-strategic');
      const names = await panel.locator('.result-name').allTextContents();
      expect(names).toContain('LithiumLi');
      expect(names).not.toContain('SilverAg');
    });

    test('the context-menu item exists, for selections', async () => {
      const worker = await serviceWorker(browser().chromium!);
      // update() rejects for an id no menu item has.
      const updated = await worker.evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: { contextMenus: { update(id: string, p: object): Promise<void> } };
            }
          ).chrome.contextMenus
            .update(id, { contexts: ['selection'] })
            .then(
              () => 'ok',
              (error: Error) => error.message,
            ),
        LOOKUP_MENU_ID,
      );
      expect(updated).toBe('ok');
    });

    test('a lookup left by the context menu opens its entry when the panel starts', async () => {
      const session = browser().chromium!;
      const worker = await serviceWorker(session);
      await worker.evaluate(
        ({ key, text }) =>
          (
            globalThis as unknown as {
              chrome: { storage: { session: { set(items: object): Promise<void> } } };
            }
          ).chrome.storage.session.set({ [key]: { text, at: Date.now() } }),
        { key: PENDING_LOOKUP_KEY, text: 'las tierras raras,' },
      );
      const panel = track(await openPanel(session, null));
      await panel.getByRole('heading', { level: 2, name: 'Rare earth elements' }).waitFor();
      expect(await panel.getByRole('tab', { name: 'Browse' }).getAttribute('aria-selected')).toBe('true');
      // Taken once: the next panel opens on its usual first view.
      const again = track(await openPanel(session, null));
      await again.getByRole('heading', { name: /can’t read this page/ }).waitFor();
      expect(await again.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe('true');
    });

    test('the fallback tab opens the lookup from its hash, on the page it was made on', async () => {
      const session = browser().chromium!;
      const article = track(await session.context.newPage());
      await article.goto(server.url('demo-article.html'));
      const tabId = await tabIdOf(session, article.url());
      const panel = track(await openPanel(session, tabId, `#lookup=${encodeURIComponent('T‑MEC')}`));
      await panel.getByRole('heading', { level: 2, name: 'United States-Mexico-Canada Agreement' }).waitFor();
      await panel.getByRole('tab', { name: 'This page' }).click();
      await panel.getByRole('switch', { name: 'Highlight on 127.0.0.1' }).waitFor();
      // Text that names no entry becomes the query.
      const other = track(await openPanel(session, tabId, '#lookup=supply%20chains'));
      expect(await other.getByRole('combobox', SEARCH).inputValue()).toBe('supply chains');
    });
  },
  { only: ['chromium'] },
);
