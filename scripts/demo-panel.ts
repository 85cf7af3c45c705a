import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../test/e2e/support/extension';
import { openPanel } from '../test/e2e/support/panel';
import { chromiumPanelHost } from '../test/e2e/support/panel-driver';
import { newestTabId, tabIdOf } from '../test/e2e/support/panel-tabs';

/**
 * Screenshots of each view of the panel, pointed at the demo article, in light and dark:
 * panel.png (This page, one term open), panel-export.png (its end), panel-browse.png, panel-entry.png, panel-settings.png,
 * panel-unsupported.png, and the same with -dark.
 */
export async function panelScreenshots(
  session: ChromiumSession,
  article: Page,
  dir: string,
): Promise<string[]> {
  const tabId = await tabIdOf(chromiumPanelHost(session), article.url());
  const written: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const suffix = scheme === 'dark' ? '-dark' : '';
    const shot = async (page: Page, name: string) => {
      const file = `${name}${suffix}.png`;
      await page.screenshot({ path: join(dir, file), fullPage: false });
      written.push(file);
    };
    const panel = await openPanel(session, tabId);
    await panel.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await panel.getByRole('button', { name: /^Lithium Li \d+ mentions$/ }).click();
    await shot(panel, 'panel');
    await panel.getByRole('heading', { name: 'Export this page' }).scrollIntoViewIfNeeded();
    await shot(panel, 'panel-export');
    await panel.getByRole('tab', { name: 'Browse' }).click();
    await panel.getByRole('combobox', { name: 'Search minerals and policy terms' }).fill('tierras');
    await shot(panel, 'panel-browse');
    await panel.getByRole('combobox', { name: 'Search minerals and policy terms' }).fill('litio');
    await panel.getByRole('combobox', { name: 'Search minerals and policy terms' }).press('Enter');
    await panel.getByRole('heading', { level: 2, name: 'Lithium' }).waitFor();
    await shot(panel, 'panel-entry');
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await shot(panel, 'panel-settings');
    await panel.close();

    // about:blank: no content script runs there, as on a browser page or a PDF.
    const blank = await session.context.newPage();
    const unsupported = await openPanel(session, await newestTabId(chromiumPanelHost(session)));
    await unsupported.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await unsupported.getByRole('heading', { name: /can’t read this page/ }).waitFor();
    await shot(unsupported, 'panel-unsupported');
    await unsupported.close();
    await blank.close();
  }
  return written;
}
