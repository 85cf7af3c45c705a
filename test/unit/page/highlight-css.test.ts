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
  rulesForName,
  underlineColour,
} from '@/lib/page/highlight-css';

const cssFile = resolve(import.meta.dirname, '../../../entrypoints/content/highlights.css');

describe('highlight stylesheet', () => {
  test('the content script CSS is exactly what the palette generates', () => {
    // If this fails after a palette change: npx tsx scripts/write-highlight-css.ts
    expect(readFileSync(cssFile, 'utf8')).toBe(highlightCss());
  });

  test('every colour x style x line x thickness has rules on light and dark pages; the manifest has the flash', () => {
    const looks = everyLook();
    expect(looks).toHaveLength(PALETTE_IDS.length * 2 * 2 * 3);
    for (const look of looks) {
      for (const theme of ['light', 'dark'] as const) {
        const name = highlightNameFor(look, theme);
        expect(rulesForName(name)![0]).toMatch(
          new RegExp(`^::highlight\\(${name}\\) \\{ text-decoration: underline`),
        );
      }
    }
    expect(highlightCss()).toContain(`::highlight(${FLASH_HIGHLIGHT}) {`);
  });

  test('the manifest stylesheet, which every page and frame parses, styles the flash and nothing else', () => {
    expect(highlightCss().match(/::highlight\(/g)).toHaveLength(2);
  });

  test('names this build does not make have no rules', () => {
    for (const name of [
      'mineral-lens-red-underline-solid-medium',
      'mineral-lens-teal-underline',
      'constructor',
      '',
    ]) {
      expect(rulesForName(name)).toBeNull();
    }
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
