import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createTranslator } from '../lib/i18n/translate';
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
  uiLanguage = 'en',
): Promise<string[]> {
  // The panel speaks the browser's language: find its controls by their names in that language.
  const t = createTranslator(uiLanguage);
  const es = t.locale === 'es';
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
    const mentions = t('count.mentions', { count: 999 }).replace('999', '\\d+');
    await panel
      .getByRole('button', { name: new RegExp(`^${es ? 'Litio' : 'Lithium'} Li ${mentions}$`) })
      .click();
    await shot(panel, 'panel');
    await panel.getByRole('heading', { name: t('export.heading') }).scrollIntoViewIfNeeded();
    await shot(panel, 'panel-export');
    await panel.getByRole('tab', { name: t('tab.browse') }).click();
    const search = panel.getByRole('combobox', { name: t('browse.search') });
    await search.fill('tierras');
    await shot(panel, 'panel-browse');
    await search.fill('litio');
    await search.press('Enter');
    await panel.getByRole('heading', { level: 2, name: es ? 'Litio' : 'Lithium' }).waitFor();
    await shot(panel, 'panel-entry');
    await panel.getByRole('tab', { name: t('tab.settings') }).click();
    await shot(panel, 'panel-settings');
    await panel.close();

    // about:blank: no content script runs there, as on a browser page or a PDF.
    const blank = await session.context.newPage();
    const unsupported = await openPanel(session, await newestTabId(chromiumPanelHost(session)));
    await unsupported.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await unsupported.getByRole('heading', { name: t('page.unsupported.title') }).waitFor();
    await shot(unsupported, 'panel-unsupported');
    await unsupported.close();
    await blank.close();
  }
  return written;
}
