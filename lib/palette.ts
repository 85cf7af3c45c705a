/**
 * Highlight colours a user can give a category. Fixed ids, because each one has static
 * `::highlight(...)` rules in the content script's stylesheet (a page's CSP cannot block those).
 *
 * The first nine are Paul Tol's "muted" qualitative scheme (personal.sron.nl/~pault, 2021): nine
 * hues chosen to stay apart for readers with protanopia, deuteranopia and tritanopia as well as
 * normal vision, which Okabe-Ito's set (seven hues besides black) cannot do for nine mineral
 * categories. The defaults use only these (lib/settings/category-setting.ts). The last five are the
 * palette of earlier versions, kept with their exact tones so a colour a user picked then still
 * paints the same; they are not chosen for colour-vision deficiency. Teal, green and rose took
 * Tol's tones of the same hue. The page never shows a hex as is: highlight-css.ts darkens or
 * lightens the line until it reaches 3:1 against the page.
 */
export const PALETTE = {
  indigo: { en: 'Indigo', es: 'Índigo', hex: '#332288' },
  cyan: { en: 'Cyan', es: 'Cian', hex: '#88ccee' },
  teal: { en: 'Teal', es: 'Verde azulado', hex: '#44aa99' },
  green: { en: 'Green', es: 'Verde', hex: '#117733' },
  olive: { en: 'Olive', es: 'Oliva', hex: '#999933' },
  sand: { en: 'Sand', es: 'Arena', hex: '#ddcc77' },
  rose: { en: 'Rose', es: 'Rosa', hex: '#cc6677' },
  wine: { en: 'Wine', es: 'Vino', hex: '#882255' },
  purple: { en: 'Purple', es: 'Púrpura', hex: '#aa4499' },
  amber: { en: 'Amber', es: 'Ámbar', hex: '#e0a526' },
  violet: { en: 'Violet', es: 'Violeta', hex: '#9a6cf0' },
  blue: { en: 'Blue', es: 'Azul', hex: '#3f8de8' },
  orange: { en: 'Orange', es: 'Naranja', hex: '#ec7a2d' },
  slate: { en: 'Slate', es: 'Pizarra', hex: '#7c8da3' },
} as const;

export type PaletteId = keyof typeof PALETTE;
export const PALETTE_IDS = Object.keys(PALETTE) as PaletteId[];
/** Paul Tol's muted scheme: the colours the defaults draw from. */
export const CVD_SAFE_IDS: readonly PaletteId[] = PALETTE_IDS.slice(0, 9);
export type HighlightStyle = 'underline' | 'background';

/**
 * The cue that does not depend on colour: minerals (and groups) are underlined with a solid line,
 * policy terms with a dotted one, whatever colours the reader picks.
 */
export type LineStyle = 'solid' | 'dotted';
export const LINE_STYLES: readonly LineStyle[] = ['solid', 'dotted'];
export const LINE_THICKNESSES = ['thin', 'medium', 'thick'] as const;
export type LineThickness = (typeof LINE_THICKNESSES)[number];
/** In px: the browser's zoom scales them; 2px was the only thickness before the setting. */
export const THICKNESS_PX: Record<LineThickness, number> = { thin: 1, medium: 2, thick: 3 };

export function lineStyleOf(kind: 'mineral' | 'group' | 'policy'): LineStyle {
  return kind === 'policy' ? 'dotted' : 'solid';
}

/** The registered highlight name, e.g. "mineral-lens-teal-underline-dotted-medium". */
export function highlightName(
  colour: PaletteId,
  style: HighlightStyle,
  line: LineStyle,
  thickness: LineThickness,
): string {
  return `mineral-lens-${colour}-${style}-${line}-${thickness}`;
}
