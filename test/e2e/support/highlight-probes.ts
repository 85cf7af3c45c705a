// Functions evaluated in the page's main world (self-contained: the driver serialises them). The
// highlight registry is per document, so the page can read what the content script painted.

export interface PaintedRange {
  name: string;
  text: string;
  /** The editor, field or code element the range sits in, if any (there should be none). */
  inside: string | null;
  connected: boolean;
}

/** Every range in every highlight of this document, shadow roots included. */
export function readPaintedRanges(): PaintedRange[] {
  const out: PaintedRange[] = [];
  for (const [name, highlight] of CSS.highlights) {
    for (const r of highlight) {
      let text = '<stale>';
      try {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        text = range.toString();
      } catch {
        // A range the page's own edits made invalid.
      }
      const el = r.startContainer.parentElement;
      const editor = el?.closest('code, pre, textarea, input, [contenteditable]');
      out.push({
        name,
        text,
        inside: editor ? editor.localName : null,
        connected: r.startContainer.isConnected,
      });
    }
  }
  return out;
}

/**
 * Whether some painted range reads `text` (case-insensitive); with `{ not: text }`, whether none
 * does. One function for both, because the driver sends it to the page on its own.
 */
export function isPainted(query: string | { not: string }): boolean {
  const text = (typeof query === 'string' ? query : query.not).toLowerCase();
  let found = false;
  for (const [, highlight] of CSS.highlights) {
    for (const r of highlight) {
      const range = document.createRange();
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
      } catch {
        continue;
      }
      if (range.toString().toLowerCase() === text) found = true;
    }
  }
  return typeof query === 'string' ? found : !found;
}

export interface LineStyle {
  name: string;
  line: string;
  style: string;
  thickness: string;
  colour: string;
  background: string;
}

/** A painted word as a reader meets it: where to point, a screenshot clip, and how it looks. */
export interface PaintedWord {
  /** The centre, in viewport coordinates. */
  x: number;
  y: number;
  /** The word's box rounded out to whole pixels, with room for the underline. */
  clip: { x: number; y: number; width: number; height: number };
  /** The computed `::highlight()` style the browser paints it with. */
  look: LineStyle;
}

/**
 * The topmost painted range on screen reading `text` (whitespace folded, any case), else the first
 * anywhere, scrolled into view first. Null if no range reads `text`. One probe for pointing,
 * screenshots and styles, because the driver sends each function to the page on its own.
 * Scripts run by tsx need `globalThis.__name` defined in the page (see scripts/bench/card.ts).
 */
export function paintedWord(text: string): PaintedWord | null {
  const found: { name: string; range: Range; element: Element }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'mineral-lens-flash') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().replace(/\s+/g, ' ').toLowerCase() !== text.toLowerCase()) continue;
      found.push({ name, range, element: r.startContainer.parentElement! });
    }
  }
  const top = (hit: (typeof found)[number]) => hit.range.getClientRects()[0]?.top ?? Infinity;
  const visible = (hit: (typeof found)[number]) =>
    top(hit) >= 0 && hit.range.getClientRects()[0]!.bottom <= innerHeight;
  const hit = found.filter(visible).sort((a, b) => top(a) - top(b))[0] ?? found[0];
  if (!hit) return null;
  if (!visible(hit)) hit.element.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = hit.range.getClientRects()[0]!;
  const box = hit.range.getBoundingClientRect();
  const left = Math.floor(box.left) - 2;
  const high = Math.floor(box.top) - 2;
  const style = getComputedStyle(hit.element, `::highlight(${hit.name})`);
  return {
    x: rect.left + rect.width / 2,
    y: rect.top + rect.height / 2,
    clip: {
      x: left,
      y: high,
      width: Math.ceil(box.right) + 2 - left,
      height: Math.ceil(box.bottom) + 4 - high,
    },
    look: {
      name: hit.name,
      line: style.textDecorationLine,
      style: style.textDecorationStyle,
      thickness: style.textDecorationThickness,
      colour: style.textDecorationColor,
      background: style.backgroundColor,
    },
  };
}
