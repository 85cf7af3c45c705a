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

/** The viewport rect of the first painted range reading `text`, rounded out to whole pixels. */
export function paintedRect(text: string): { x: number; y: number; width: number; height: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'mineral-lens-flash') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().toLowerCase() !== text.toLowerCase()) continue;
      const rect = range.getBoundingClientRect();
      const x = Math.floor(rect.left) - 2;
      const y = Math.floor(rect.top) - 2;
      return { x, y, width: Math.ceil(rect.right) + 2 - x, height: Math.ceil(rect.bottom) + 4 - y };
    }
  }
  return null;
}
