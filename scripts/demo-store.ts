import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../test/e2e/support/extension';
import { openPanel } from '../test/e2e/support/panel';
import { chromiumPanelHost } from '../test/e2e/support/panel-driver';
import { tabIdOf } from '../test/e2e/support/panel-tabs';

/**
 * `npm run demo -- --store DIR`: the stores' screenshots, 1280x800 and 640x400 (the two sizes the
 * Chrome Web Store takes; addons.mozilla.org takes any), of the real extension on the demo
 * article. A browser cannot photograph its own toolbar popup, so the panel (opened in a tab, as
 * in the tests) is laid over the article's top-right corner, where the popup opens, by a page the
 * browser renders and captures itself: no image library, and every pixel comes from the extension.
 */
export const STORE_SIZES = [
  { width: 1280, height: 800 },
  { width: 640, height: 400 },
] as const;

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The article with the panel's image over its top-right corner, as the popup would sit. */
function popupOver(article: Buffer, panel: Buffer): string {
  return `<!doctype html><body style="margin:0;position:relative;width:1280px;height:800px">
<img src="${dataUrl(article)}" style="display:block">
<img src="${dataUrl(panel)}" style="position:absolute;top:8px;right:16px;border:1px solid #8888;
border-radius:8px;box-shadow:0 8px 28px #0006"></body>`;
}

export async function storeScreenshots(
  session: ChromiumSession,
  article: Page,
  dir: string,
  hoverTerm: (page: Page, term: string) => Promise<void>,
): Promise<string[]> {
  const frames: { name: string; png: Buffer }[] = [];
  await article.setViewportSize(STORE_SIZES[0]);
  await article.evaluate(() => scrollTo(0, 0));
  await hoverTerm(article, 'gallium');
  frames.push({ name: 'store-card', png: await article.screenshot() });
  await article.mouse.move(5, 5);
  await article.keyboard.press('Escape');
  await article.waitForTimeout(500);
  const page = await article.screenshot();

  const panel = await openPanel(session, await tabIdOf(chromiumPanelHost(session), article.url()));
  await panel.emulateMedia({ reducedMotion: 'reduce' });
  await panel.getByRole('button', { name: /^Lithium Li \d+ mentions$/ }).click();
  const compose = async (name: string) => frames.push({ name, png: await composite(panel, page) });
  await compose('store-panel');
  await panel.getByRole('tab', { name: 'Browse' }).click();
  await panel.getByRole('combobox', { name: 'Search minerals and policy terms' }).fill('litio');
  await panel.keyboard.press('Enter');
  await panel.getByRole('heading', { level: 2, name: 'Lithium' }).waitFor();
  await compose('store-browse');
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await compose('store-settings');
  await panel.close();

  const written: string[] = [];
  const canvas = await session.context.newPage();
  for (const { width, height } of STORE_SIZES) {
    await canvas.setViewportSize({ width, height });
    for (const { name, png } of frames) {
      // Scaled down by the browser from the 1280x800 capture, so both sizes show the same moment.
      await canvas.setContent(
        `<body style="margin:0"><img src="${dataUrl(png)}" style="width:${width}px;height:${height}px;display:block">`,
      );
      const file = `${name}-${width}x${height}.png`;
      writeFileSync(join(dir, file), await canvas.screenshot());
      written.push(file);
    }
  }
  await canvas.close();
  return written;
}

/** The panel's current view laid over the article, captured at 1280x800. */
async function composite(panel: Page, article: Buffer): Promise<Buffer> {
  const canvas = await panel.context().newPage();
  await canvas.setViewportSize(STORE_SIZES[0]);
  await canvas.setContent(popupOver(article, await panel.screenshot()));
  const png = await canvas.screenshot();
  await canvas.close();
  return png;
}
