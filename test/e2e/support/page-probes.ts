// Functions evaluated in the page's main world. They must be self-contained (serialised by the driver).

export interface PaintedHighlight {
  name: string;
  texts: string[];
}

/** Every highlight registered in the document, with the text each range covers. */
export function readHighlights(): PaintedHighlight[] {
  return [...CSS.highlights].map(([name, highlight]) => ({
    name,
    texts: [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    }),
  }));
}

/**
 * The body's markup now, without the elements the extension owns, next to the snapshot the page took
 * of itself before the content script ran (test/fixtures/snapshot.js).
 */
export function readBodyMarkup(): { before: string; after: string } {
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[data-mineral-lens-host]').forEach((el) => el.remove());
  const before = (window as unknown as { __mlBodyBefore?: string }).__mlBodyBefore ?? '<no snapshot>';
  return { before, after: clone.innerHTML };
}
