import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PALETTE, PALETTE_IDS } from '@/lib/palette';
import {
  DARK_PAGE,
  FLASH_HIGHLIGHT,
  LIGHT_PAGE,
  WASH_ALPHA,
  contrast,
  everyLook,
  hexToRgb,
  highlightCss,
  highlightNameFor,
  mix,
  underlineColour,
} from '@/lib/page/highlight-css';

const cssFile = resolve(import.meta.dirname, '../../../entrypoints/content/highlights.css');

describe('highlight stylesheet', () => {
  test('the content script CSS is exactly what the palette generates', () => {
    // If this fails after a palette change: npx tsx scripts/write-highlight-css.ts
    expect(readFileSync(cssFile, 'utf8')).toBe(highlightCss());
  });

  test('has a rule for every colour x style x line x thickness on light and dark pages, and the flash', () => {
    const css = highlightCss();
    const looks = everyLook();
    expect(looks).toHaveLength(PALETTE_IDS.length * 2 * 2 * 3);
    for (const look of looks) {
      expect(css).toContain(`::highlight(${highlightNameFor(look, 'light')}){`);
      expect(css).toContain(`::highlight(${highlightNameFor(look, 'dark')}){`);
    }
    expect(css).toContain(`::highlight(${FLASH_HIGHLIGHT}) {`);
  });

  test.each(PALETTE_IDS)('%s underlines reach 3:1 against light and dark pages', (colour) => {
    expect(contrast(underlineColour(colour, 'light'), LIGHT_PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrast(underlineColour(colour, 'dark'), DARK_PAGE)).toBeGreaterThanOrEqual(3);
  });

  test.each(PALETTE_IDS)('%s washes keep body text at 4.5:1 or better', (colour) => {
    const rgb = hexToRgb(PALETTE[colour].hex);
    const lightWash = mix(rgb, LIGHT_PAGE, WASH_ALPHA.light);
    const darkWash = mix(rgb, DARK_PAGE, WASH_ALPHA.dark);
    expect(contrast([27, 27, 27], lightWash)).toBeGreaterThanOrEqual(4.5);
    expect(contrast([230, 230, 230], darkWash)).toBeGreaterThanOrEqual(4.5);
  });
});
