import {
  LINE_STYLES,
  LINE_THICKNESSES,
  PALETTE,
  PALETTE_IDS,
  THICKNESS_PX,
  highlightName,
  type HighlightStyle,
  type LineStyle,
  type LineThickness,
  type PaletteId,
} from '@/lib/palette';

/**
 * The `::highlight()` rules for every palette colour x style x line x thickness x page theme, and
 * the flash. The same
 * text ships twice: as the content script's manifest CSS (entrypoints/content/highlights.css, which
 * no page CSP can block; a unit test keeps the file equal to this) and as a constructed stylesheet
 * adopted into open shadow roots, where document-level rules do not reach.
 *
 * Readability: on light pages the underline is darkened until it has 3:1 contrast with white; on
 * dark pages (see page-theme.ts) it is lightened until it has 3:1 with near-black, and the wash is
 * a little stronger. Text keeps the page's own colour, which the wash never brings below 4.5:1.
 * Both styles draw the line, solid for minerals and dotted for policy terms, so colour is never the
 * only cue (the wash adds to the line, it does not replace it).
 *
 * Forced colours (Windows High Contrast): the browser replaces author colours with the reader's
 * system colours, which would leave every highlight the same or invisible. There the lines use
 * CanvasText and the wash Mark/MarkText, system colours the reader chose to read against Canvas;
 * the line style still tells minerals from policy terms.
 */
export type PageTheme = 'light' | 'dark';

export const FLASH_HIGHLIGHT = 'mineral-lens-flash';
const STYLES: HighlightStyle[] = ['underline', 'background'];
const THEMES: PageTheme[] = ['light', 'dark'];
export const WASH_ALPHA: Record<PageTheme, number> = { light: 0.3, dark: 0.42 };
export const LIGHT_PAGE = [255, 255, 255] as const;
export const DARK_PAGE = [18, 18, 18] as const;

/** Everything that picks a highlight's look except the page theme. */
export interface HighlightLook {
  colour: PaletteId;
  style: HighlightStyle;
  line: LineStyle;
  thickness: LineThickness;
}

export function highlightNameFor(look: HighlightLook, theme: PageTheme): string {
  const name = highlightName(look.colour, look.style, look.line, look.thickness);
  return theme === 'dark' ? `${name}-dark` : name;
}

/** Every look, colours varying fastest: the order rules are written in. */
export function everyLook(): HighlightLook[] {
  return STYLES.flatMap((style) =>
    LINE_STYLES.flatMap((line) =>
      LINE_THICKNESSES.flatMap((thickness) =>
        PALETTE_IDS.map((colour) => ({ colour, style, line, thickness })),
      ),
    ),
  );
}

type Rgb = readonly [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `colour` painted at `alpha` over `base`. */
export function mix(colour: Rgb, base: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(colour[i]! * alpha + base[i]! * (1 - alpha))) as unknown as Rgb;
}

/** The palette colour moved toward black (light pages) or white (dark pages) until it reads at 3:1. */
export function underlineColour(colour: PaletteId, theme: PageTheme): Rgb {
  const page = theme === 'light' ? LIGHT_PAGE : DARK_PAGE;
  const toward: Rgb = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  const base = hexToRgb(PALETTE[colour].hex);
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(toward, base, step / 20);
    if (contrast(candidate, page) >= 3) return candidate;
  }
  return toward;
}

const css = ([r, g, b]: Rgb, alpha = 1) =>
  alpha === 1 ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${alpha})`;

// Compact on purpose: 336 rules ship to every page and frame (about 50 kB; one rule each, not one per
// selector list, because the underline colour differs per colour and theme).
const decoration = (look: HighlightLook, colour: string) =>
  `text-decoration:underline ${look.line} ${THICKNESS_PX[look.thickness]}px ${colour}`;
const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function rule(look: HighlightLook, theme: PageTheme): string {
  const line = decoration(look, hex(underlineColour(look.colour, theme)));
  const wash =
    look.style === 'background'
      ? `;background-color:${css(hexToRgb(PALETTE[look.colour].hex), WASH_ALPHA[theme])}`
      : '';
  return `::highlight(${highlightNameFor(look, theme)}){${line}${wash}}\n`;
}

/** One rule per style x line x thickness, naming every colour and theme: system colours only. */
function forcedColourRules(): string {
  const rules: string[] = [];
  for (const style of STYLES) {
    for (const line of LINE_STYLES) {
      for (const thickness of LINE_THICKNESSES) {
        const looks = PALETTE_IDS.map((colour) => ({ colour, style, line, thickness }));
        const names = THEMES.flatMap((theme) => looks.map((look) => highlightNameFor(look, theme)));
        const body =
          style === 'background'
            ? `${decoration(looks[0]!, 'CanvasText')};background-color:Mark;color:MarkText`
            : decoration(looks[0]!, 'CanvasText');
        rules.push(`${names.map((name) => `::highlight(${name})`).join(',')}{${body}}\n`);
      }
    }
  }
  return `@media (forced-colors: active) {\n${rules.join('')}}\n`;
}

export function highlightCss(): string {
  const header =
    '/* Generated by lib/page/highlight-css.ts (npx tsx scripts/write-highlight-css.ts): do not edit. */\n';
  const rules = THEMES.flatMap((theme) => everyLook().map((look) => rule(look, theme)));
  const flash = `::highlight(${FLASH_HIGHLIGHT}) {\n  background-color: rgb(255 212 0);\n  color: rgb(17 17 17);\n}\n`;
  const forcedFlash = `@media (forced-colors: active) {\n  ::highlight(${FLASH_HIGHLIGHT}) {\n    background-color: Highlight;\n    color: HighlightText;\n  }\n}\n`;
  return header + [...rules, flash, forcedColourRules(), forcedFlash].join('');
}
