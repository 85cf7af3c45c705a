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
 * The `::highlight()` rules for every palette colour x style x line x thickness x page theme. A
 * document gets only the rules for the names it paints (highlight-sheet.ts): a browser checks every
 * `::highlight()` rule against every element on each style recalculation, so 336 rules in a manifest
 * stylesheet made a full recalculation of an 8,000-element page about 8 times slower than with none
 * (33 rules, before, about 3 times). The manifest CSS (entrypoints/content/highlights.css, which a
 * unit test keeps equal to highlightCss()) holds only the flash.
 *
 * Readability: on light pages the underline is darkened until it has 3:1 contrast with white; on
 * dark pages (see page-theme.ts) it is lightened until it has 3:1 with near-black, and the wash is
 * a little stronger. Text keeps the page's own colour, which the wash never brings below 4.5:1.
 * Both styles draw the line, solid for minerals and dotted for policy terms, so colour is never the
 * only cue (the wash adds to the line, it does not replace it).
 *
 * Forced colours (Windows High Contrast): the browser replaces author colours with the reader's
 * system colours. Seen in Chromium 156 (DevTools emulation): every highlight takes Highlight and
 * HighlightText whatever the rules say. Seen in Firefox 153 (document colours overridden): lines
 * turn CanvasText and the wash disappears, so the background style names Mark/MarkText itself;
 * the underline style needs no rule of its own. Either way the line style still tells minerals
 * from policy terms.
 */
export type PageTheme = 'light' | 'dark';

export const FLASH_HIGHLIGHT = 'mineral-lens-flash';
const STYLES: HighlightStyle[] = ['underline', 'background'];
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

const decoration = (look: HighlightLook, colour: string) =>
  `text-decoration: underline ${look.line} ${THICKNESS_PX[look.thickness]}px ${colour}`;

/** The rules for one look on one page theme: its colours, and the system colours of forced-colours mode. */
export function rulesFor(look: HighlightLook, theme: PageTheme): string[] {
  const name = highlightNameFor(look, theme);
  const line = decoration(look, css(underlineColour(look.colour, theme)));
  if (look.style === 'underline') return [`::highlight(${name}) { ${line}; }`];
  const wash = `background-color: ${css(hexToRgb(PALETTE[look.colour].hex), WASH_ALPHA[theme])}`;
  const forced = `${decoration(look, 'CanvasText')}; background-color: Mark; color: MarkText`;
  return [
    `::highlight(${name}) { ${line}; ${wash}; }`,
    `@media (forced-colors: active) { ::highlight(${name}) { ${forced}; } }`,
  ];
}

const NAME = /^mineral-lens-([a-z]+)-(underline|background)-(solid|dotted)-(thin|medium|thick)(-dark)?$/;

/** The rules for a registered highlight name, or null for a name this build does not make. */
export function rulesForName(name: string): string[] | null {
  const match = NAME.exec(name);
  if (!match || !Object.hasOwn(PALETTE, match[1]!)) return null;
  const look = {
    colour: match[1] as PaletteId,
    style: match[2] as HighlightStyle,
    line: match[3] as LineStyle,
    thickness: match[4] as LineThickness,
  };
  return rulesFor(look, match[5] ? 'dark' : 'light');
}

/** The manifest stylesheet: only the flash, which the painter registers outside the dynamic sheet. */
export function highlightCss(): string {
  const header =
    '/* Generated by lib/page/highlight-css.ts (npx tsx scripts/write-highlight-css.ts): do not edit. */\n';
  const flash = `::highlight(${FLASH_HIGHLIGHT}) {\n  background-color: rgb(255 212 0);\n  color: rgb(17 17 17);\n}\n`;
  const forcedFlash = `@media (forced-colors: active) {\n  ::highlight(${FLASH_HIGHLIGHT}) {\n    background-color: Highlight;\n    color: HighlightText;\n  }\n}\n`;
  return header + flash + forcedFlash;
}
