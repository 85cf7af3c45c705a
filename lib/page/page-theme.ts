import { luminance, type PageTheme } from './highlight-css';

/**
 * Light or dark, decided once per page (and per SPA route): the first opaque background of body or
 * html decides; with none (the canvas shows), a light text colour means the page is dark, as does a
 * root `color-scheme` of only "dark". Reading computed styles here is cheap: layout is already done.
 */
export function detectPageTheme(doc: Document): PageTheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const background = parseColour(view.getComputedStyle(el).backgroundColor);
    if (background && background.alpha >= 0.5) return luminance(background.rgb) < 0.2 ? 'dark' : 'light';
  }
  const text = parseColour(view.getComputedStyle(doc.body ?? doc.documentElement).color);
  if (text && luminance(text.rgb) > 0.5) return 'dark';
  return view.getComputedStyle(doc.documentElement).colorScheme.trim() === 'dark' ? 'dark' : 'light';
}

/** "rgb(r, g, b)", "rgba(r, g, b, a)" or the space-separated forms; other notations return null. */
export function parseColour(value: string): { rgb: [number, number, number]; alpha: number } | null {
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!match) return null;
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length < 3 || parts.some(Number.isNaN)) return null;
  return { rgb: [parts[0]!, parts[1]!, parts[2]!], alpha: parts[3] ?? 1 };
}
