/**
 * Highlight colours a user can give a category. Fixed ids, because each one has static
 * `::highlight(...)` rules in the content script's stylesheet (a page's CSP cannot block those).
 * Tones are mid-luminance so a translucent wash and a 2px underline read on light and dark pages.
 */
export const PALETTE = {
  amber: { en: 'Amber', es: 'Ámbar', hex: '#e0a526' },
  teal: { en: 'Teal', es: 'Verde azulado', hex: '#1fa39a' },
  violet: { en: 'Violet', es: 'Violeta', hex: '#9a6cf0' },
  rose: { en: 'Rose', es: 'Rosa', hex: '#e6577e' },
  blue: { en: 'Blue', es: 'Azul', hex: '#3f8de8' },
  green: { en: 'Green', es: 'Verde', hex: '#5aac3b' },
  orange: { en: 'Orange', es: 'Naranja', hex: '#ec7a2d' },
  slate: { en: 'Slate', es: 'Pizarra', hex: '#7c8da3' },
} as const;

export type PaletteId = keyof typeof PALETTE;
export const PALETTE_IDS = Object.keys(PALETTE) as PaletteId[];
export type HighlightStyle = 'underline' | 'background';

/** The registered highlight name for a colour and style, e.g. "mineral-lens-amber-underline". */
export function highlightName(colour: PaletteId, style: HighlightStyle): string {
  return `mineral-lens-${colour}-${style}`;
}
