/**
 * Hit-testing, for the card (and anything else that needs "which mention is under the pointer").
 *
 *   engine.hitTest(x, y): PageMention | null
 *     The painted mention at viewport point (x, y) (clientX/clientY), or null. Only painted
 *     mentions count: a category that is off, or a later mention in first-mention-only mode, is
 *     not under the pointer as far as the reader can see.
 *   engine.rectsOf(index): DOMRect[]
 *     The mention's client rects, one per line box it spans (empty once it left the page). Position
 *     the card against these, not against the element, since a mention can wrap.
 *   engine.onDwell({ onDwell(mention, point), onLeave() }, { dwellMs, onFrame? }): () => void
 *     Calls onDwell when the pointer rests on a mention for dwellMs (the card passes the reader's
 *     hover delay from the settings), onLeave when it then rests elsewhere; returns an
 *     unsubscribe. With onFrame, the dwell ends in the animation frame nearest dwellMs, so what
 *     onDwell shows is painted by that frame. Mouse and pen only; keyboard users reach mentions through the panel
 *     (card/open) and the next/previous-mention shortcut (card/jump).
 *
 * How: `CSS.highlights.highlightsFromPoint()` where the browser has it (Chromium 156 and Firefox
 * 153 both do); on older browsers `caretPositionFromPoint()` gives (text node, offset), a
 * per-text-node interval lookup gives candidate mentions, and the candidate's client rects must
 * contain the point (a caret position snaps to the nearest character even when the pointer is past
 * the end of a line).
 * Both pass the open shadow roots the engine knows, so mentions inside them are found too.
 */
import type { Found, MentionStore } from './mention-store';
import type { Painter } from './paint';

export interface HitTester {
  foundAt(x: number, y: number): Found | null;
  rectsOf(found: Found): DOMRect[];
}

interface HitResult {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type HighlightsFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => HitResult[];
type CaretFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;

export function createHitTester(
  doc: Document,
  deps: { store: MentionStore; painter: Painter; shadowRoots(): ShadowRoot[] },
  mode: 'auto' | 'caret' = 'auto',
): HitTester {
  const { store, painter, shadowRoots } = deps;
  const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: HighlightsFromPoint };
  const fromPoint = mode === 'auto' ? registry.highlightsFromPoint?.bind(registry) : undefined;

  /** Painted, and registered: its block is near the viewport. */
  const shown = (found: Found | undefined): found is Found => Boolean(found?.painted && found.stored.near);

  function rectsOf(found: Found): DOMRect[] {
    const { startContainer, startOffset, endContainer, endOffset } = store.rangeOf(found);
    try {
      const range = doc.createRange();
      range.setStart(startContainer, startOffset);
      range.setEnd(endContainer, endOffset);
      return [...range.getClientRects()];
    } catch {
      return []; // The text changed under a range the next pass drops.
    }
  }

  const contains = (rects: DOMRect[], x: number, y: number) =>
    rects.some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);

  function viaHighlights(x: number, y: number): Found | null {
    const intervals = store.hitIntervals();
    for (const { highlight, ranges } of fromPoint!(x, y, { shadowRoots: shadowRoots() })) {
      if (!painter.owns(highlight)) continue;
      for (const range of ranges) {
        const id = intervals.startingAt(range.startContainer as Text, range.startOffset);
        const found = id === undefined ? undefined : store.get(id);
        if (shown(found)) return found;
      }
    }
    return null;
  }

  function viaCaret(x: number, y: number): Found | null {
    const caret = (doc.caretPositionFromPoint as CaretFromPoint)(x, y, { shadowRoots: shadowRoots() });
    if (!caret || caret.offsetNode.nodeType !== Node.TEXT_NODE) return null;
    for (const id of store.hitIntervals().at(caret.offsetNode as Text, caret.offset)) {
      const found = store.get(id);
      if (shown(found) && contains(rectsOf(found), x, y)) return found;
    }
    return null;
  }

  return {
    foundAt: (x, y) => (fromPoint ? viaHighlights(x, y) : viaCaret(x, y)),
    rectsOf,
  };
}
