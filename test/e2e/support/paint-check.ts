import type { PageDriver } from './driver';
import { paintedWord } from './highlight-probes';

/**
 * Whether the highlight styles really paint `text` (not merely register ranges): a screenshot of the
 * word with the page's highlights, another with them taken out of the registry for a moment, and the
 * pixels must differ. Works wherever the styles come from (manifest CSS, adopted shadow sheets).
 */
export async function stylesPaint(page: PageDriver, text: string): Promise<boolean> {
  const clip = (await page.evaluate(paintedWord, text))?.clip;
  if (!clip) throw new Error(`"${text}" is not painted`);
  const painted = await page.screenshot(clip);
  await page.evaluate(() => {
    const w = window as unknown as { __mlSaved: [string, Highlight][] };
    w.__mlSaved = [...CSS.highlights];
    CSS.highlights.clear();
  });
  const bare = await page.screenshot(clip);
  await page.evaluate(() => {
    for (const [name, h] of (window as unknown as { __mlSaved: [string, Highlight][] }).__mlSaved) {
      CSS.highlights.set(name, h);
    }
  });
  return Buffer.compare(painted, bare) !== 0;
}
