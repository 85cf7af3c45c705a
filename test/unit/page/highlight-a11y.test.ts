import { describe, expect, test } from 'vitest';
import { MINERAL_CATEGORIES, POLICY_CATEGORIES } from '@/lib/dataset/categories';
import { CVD_SAFE_IDS, LINE_THICKNESSES, PALETTE_IDS, lineStyleOf } from '@/lib/palette';
import {
  DARK_PAGE,
  LIGHT_PAGE,
  contrast,
  highlightNameFor,
  rulesForName,
  underlineColour,
} from '@/lib/page/highlight-css';
import { paintRules } from '@/lib/page/paint-rules';
import { defaultEngineOptions } from '@/lib/page/engine-options';
import type { Mention } from '@/lib/recognize/find-mentions';
import { defaultCategoryColour } from '@/lib/settings/category-setting';
import { deltaE, type Deficiency } from './colour-vision';

// Issue 18: highlights anyone can read. What these tests prove is arithmetic on the colours the
// stylesheet paints (sRGB, WCAG relative luminance, a dichromacy model), not what a given reader
// sees on a given screen; test/e2e/highlight-a11y.test.ts checks what real browsers paint.

const KINDS = [
  ['mineral', MINERAL_CATEGORIES],
  ['policy', POLICY_CATEGORIES],
] as const;
const THEMES = [
  ['light', LIGHT_PAGE],
  ['dark', DARK_PAGE],
] as const;
const DEFICIENCIES: Deficiency[] = ['none', 'protanopia', 'deuteranopia', 'tritanopia'];

/** The rule a document gets for one highlight name (its colours, not the forced-colours one). */
const ruleFor = (name: string): string => rulesForName(name)![0]!;

describe('default colours', () => {
  test.each(KINDS)(
    'every %s category has a colour of its own, from the colour-blind-safe set',
    (_kind, categories) => {
      const colours = categories.map((c) => defaultCategoryColour(c.slug));
      expect(new Set(colours).size).toBe(categories.length);
      for (const colour of colours) expect(CVD_SAFE_IDS).toContain(colour);
    },
  );

  // WCAG 2.2 SC 1.4.11 (non-text contrast): 3:1 for a graphical object against what is next to it.
  // The underline is the object; white and #121212 stand for light and dark pages. A page whose
  // background is mid-grey, or an image, is not covered by this.
  test.each(THEMES)('every palette colour’s line reaches 3:1 against a %s page', (theme, page) => {
    for (const colour of PALETTE_IDS) {
      expect(contrast(underlineColour(colour, theme), page), colour).toBeGreaterThanOrEqual(3);
    }
  });

  // Within a kind, every pair of default lines stays apart for normal vision and each full
  // dichromacy: CIE76 ΔE of at least 5 (2.3 is a just-noticeable difference), in the colour each
  // line is really painted in. Before issue 18, seven mineral categories shared amber (ΔE 0).
  test.each(KINDS.flatMap(([kind, cats]) => THEMES.map(([theme]) => [kind, theme, cats] as const)))(
    '%s defaults stay apart on %s pages, with and without colour-vision deficiency',
    (_kind, theme, categories) => {
      const lines = categories.map((c) => underlineColour(defaultCategoryColour(c.slug), theme));
      for (const deficiency of DEFICIENCIES) {
        for (let i = 0; i < lines.length; i++) {
          for (let j = i + 1; j < lines.length; j++) {
            const pair = `${categories[i]!.slug} / ${categories[j]!.slug}, ${deficiency}`;
            expect(deltaE(lines[i]!, lines[j]!, deficiency), pair).toBeGreaterThanOrEqual(5);
          }
        }
      }
    },
  );
});

describe('a cue that does not depend on colour', () => {
  const mention = (kind: Mention['kind'], category: string) => ({ kind, category, confidence: 1 }) as Mention;

  test('minerals and policy terms in the same colour get different line styles in the stylesheet', () => {
    // Same colour on purpose: only the kind differs.
    const defaults = defaultEngineOptions();
    const colours = Object.fromEntries(Object.keys(defaults.colours).map((slug) => [slug, 'teal' as const]));
    const options = { ...defaults, colours };
    for (const style of ['underline', 'background'] as const) {
      for (const thickness of LINE_THICKNESSES) {
        const rules = paintRules({ ...options, style, thickness }, 'light');
        const mineral = ruleFor(rules.nameOf(mention('mineral', 'battery-metal')));
        const group = ruleFor(rules.nameOf(mention('group', 'battery-metal')));
        const policy = ruleFor(rules.nameOf(mention('policy', 'law')));
        expect(mineral).toMatch(/text-decoration: underline solid \dpx rgb/);
        expect(group).toBe(mineral);
        expect(policy).toMatch(/text-decoration: underline dotted \dpx rgb/);
      }
    }
  });

  test('the thickness setting changes the line’s width', () => {
    const widths = LINE_THICKNESSES.map((thickness) => {
      const look = {
        colour: 'teal' as const,
        style: 'underline' as const,
        line: lineStyleOf('mineral'),
        thickness,
      };
      return /(\d)px/.exec(ruleFor(highlightNameFor(look, 'light')))![1];
    });
    expect(widths).toEqual(['1', '2', '3']);
  });

  test('forced colours: every background highlight has a system-colour rule that keeps its line style', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const colour of PALETTE_IDS) {
        for (const line of ['solid', 'dotted'] as const) {
          const name = highlightNameFor({ colour, style: 'background', line, thickness: 'medium' }, theme);
          const forced = rulesForName(name)![1]!;
          expect(forced.startsWith(`@media (forced-colors: active) { ::highlight(${name})`)).toBe(true);
          expect(forced).toContain(
            `underline ${line} 2px CanvasText; background-color: Mark; color: MarkText`,
          );
        }
      }
    }
  });
});
