/**
 * Whether the reader can see a piece of text: text a page hides (display: none, visibility: hidden,
 * opacity: 0, content-visibility: hidden, the `hidden` attribute) is not listed in the panel nor
 * exported, because a page can otherwise plant words the reader never saw into their export.
 *
 * Judged when the list is asked for, not when the text is scanned: hidden text stays scanned (and
 * painted, which shows nothing while it is hidden), so a tab or an accordion that opens later
 * lists its text at once, with no attribute observer on every page.
 *
 * Kept on purpose:
 *  - content-visibility: auto (off-screen content a browser skips rendering for is still the page's
 *    text): `checkVisibility` counts it as visible unless asked otherwise, and we do not ask.
 *  - "screen-reader only" text (1px, clipped, off-screen): it is real content that the reader's
 *    assistive technology reads aloud, often the only label of a chart or an icon; dropping it
 *    would make the list disagree with what a screen-reader user hears.
 */
const OPTIONS = { opacityProperty: true, visibilityProperty: true } as const;

/** The element a text node is styled by: its parent, or its shadow root's host. */
export function styledElementOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}

/** The next element up the flat tree (through shadow roots), or null at the document's root. */
function flatParent(el: Element): Element | null {
  return el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);
}

/** Whether `el`'s contents are rendered where the reader could see them. */
export function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  if (typeof el.checkVisibility !== 'function') return isRenderedByStyle(el, view);
  // checkVisibility asks about the element's box; content-visibility: hidden on it hides its
  // contents (our text) while the box itself stays.
  if (hidesContents(view.getComputedStyle(el))) return false;
  // An element with display: contents has no box, so checkVisibility says false: its text is
  // drawn by its parent's box, which is what we ask about instead.
  for (let at: Element | null = el; at; at = flatParent(at)) {
    if (at.checkVisibility(OPTIONS)) return true;
    const style = view.getComputedStyle(at);
    if (style.display !== 'contents' || style.visibility !== 'visible') return false;
  }
  return true;
}

const hidesContents = (style: CSSStyleDeclaration) =>
  style.getPropertyValue('content-visibility') === 'hidden';

/** The same rules from computed styles, for engines without `checkVisibility`. */
export function isRenderedByStyle(el: Element, view: Window): boolean {
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false; // Inherited.
  for (let at: Element | null = el; at; at = flatParent(at)) {
    const style = at === el ? own : view.getComputedStyle(at);
    if (style.display === 'none' || at.hasAttribute('hidden')) return false;
    if (hidesContents(style)) return false;
    if (Number.parseFloat(style.opacity) === 0) return false;
  }
  return true;
}

/** A memo for one listing: each element is judged once however many mentions it holds. */
export function createVisibilityMemo(): (node: Node) => boolean {
  const seen = new Map<Element, boolean>();
  return (node) => {
    const el = styledElementOf(node);
    if (!el) return false;
    let shown = seen.get(el);
    if (shown === undefined) seen.set(el, (shown = isRendered(el)));
    return shown;
  };
}
