// Renders scripts/icon.svg to the PNG sizes the manifest uses, with the same headless Chromium the
// tests use. Run after editing the SVG: `npm run icons`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findBrowser } from '../test/e2e/support/browsers';

const svg = readFileSync('scripts/icon.svg', 'utf8');
const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error('Chromium is needed to render the icons.');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
