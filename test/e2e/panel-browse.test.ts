import { afterAll, beforeAll, expect, test } from 'vitest';
import { LOOKUP_MENU_ID } from '@/lib/background/lookup-menu';
import { PENDING_LOOKUP_KEY } from '@/lib/panel/pending-lookup';
import { describeInBrowsers } from './support/driver';
import { tabIdOf } from './support/panel-tabs';
import { closeAfterEach } from './support/close-after-each';
import { serveFixtures, type FixtureServer } from './support/server';

// Browse and "Look up in Mineral Lens" in the built extension, in Chromium and Firefox (the panel
// in a tab: test/e2e/support/panel-driver.ts). A test cannot click a browser's context menu, so
// the click's two halves are tested apart: the background's handler with fakes
// (test/unit/panel/lookup-menu.test.ts), and here, that the item exists and that the panel opens
// the entry the background leaves for it.

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

const SEARCH = { role: 'combobox', name: 'Search minerals and policy terms' };
const heading = (name: string) => ({ role: 'heading', name });
const tab = (name: string) => ({ role: 'tab', name });

const track = closeAfterEach();

/** The slice of `chrome` these tests call in an extension context (spelled out in each function:
 * they run there, away from this module's scope). */
interface ChromeApi {
  contextMenus: { update(id: string, p: object): Promise<void> };
  storage: { session: { set(items: object): Promise<void> } };
}

describeInBrowsers('panel: browse and look up', (browser) => {
  test('search finds "litio"; arrows and Enter open the entry; Esc returns', async () => {
    const panel = track(await browser().panel!.openPanel(null));
    await panel.click(tab('Browse'));
    await panel.fill(SEARCH, 'litio');
    await panel.waitFor({ css: '[role=listbox] [role=option]' });
    const [first] = await panel.texts('[role=listbox] [role=option]');
    expect(first).toContain('Lithium');
    expect(await panel.attribute({ css: '[role=listbox] [role=option]' }, 'aria-selected')).toBe('true');
    await panel.press('Enter');
    await panel.waitFor(heading('Lithium'));
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Lithium');
    // The card's own body, in the panel, inside its (open) shadow root.
    expect(await panel.count({ css: 'h3', text: 'Top producers, 2025' })).toBe(1);
    await panel.press('Escape');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('combobox');
  });

  test('typing anywhere searches; filters narrow to "on the EU strategic list"', async () => {
    const panel = track(await browser().panel!.openPanel(null));
    await panel.focus(tab('This page'));
    await panel.type('tierras');
    expect(await panel.value(SEARCH)).toBe('tierras');
    await panel.waitFor({ css: '[role=listbox] [role=option]' });
    expect((await panel.texts('[role=listbox] [role=option]'))[0]).toContain('Rare earth elements');
    await panel.fill(SEARCH, '');
    await panel.select({ role: 'combobox', name: 'On list' }, 'eu-crma-strategic');
    await expect.poll(() => panel.texts('.result-name')).not.toContain('SilverAg');
    const names = await panel.texts('.result-name');
    expect(names).toContain('LithiumLi');
  });

  test('the context-menu item exists, for selections', async () => {
    // update() rejects for an id no menu item has.
    const updated = await browser().panel!.inExtension(
      (id) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.contextMenus
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
    const host = browser().panel!;
    await host.inExtension(
      ({ key, text }) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.set({
          [key]: { text, at: Date.now() },
        }),
      { key: PENDING_LOOKUP_KEY, text: 'las tierras raras,' },
    );
    const panel = track(await host.openPanel(null));
    await panel.waitFor(heading('Rare earth elements'));
    expect(await panel.attribute(tab('Browse'), 'aria-selected')).toBe('true');
    // Taken once: the next panel opens on its usual first view.
    const again = track(await host.openPanel(null));
    await again.waitFor(heading('Mineral Lens can’t read this page'));
    expect(await again.attribute(tab('This page'), 'aria-selected')).toBe('true');
  });

  test('the fallback tab opens the lookup from its hash, on the page it was made on', async () => {
    const host = browser().panel!;
    const article = track(await browser().newPage());
    const url = server.url('demo-article.html');
    await article.goto(url);
    const tabId = await tabIdOf(host, url);
    const panel = track(await host.openPanel(tabId, `#lookup=${encodeURIComponent('T‑MEC')}`));
    await panel.waitFor(heading('United States-Mexico-Canada Agreement'));
    await panel.click(tab('This page'));
    await panel.waitFor({ role: 'switch', name: 'Highlight on 127.0.0.1' });
    // Text that names no entry becomes the query.
    const other = track(await host.openPanel(tabId, '#lookup=supply%20chains'));
    await expect.poll(() => other.value(SEARCH), { timeout: 10_000 }).toBe('supply chains');
  });
});
