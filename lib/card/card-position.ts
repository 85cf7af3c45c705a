import { nearestLine, placeCard, type Box } from '@/lib/card/place-card';
import type { PageEngine } from '@/lib/page/engine';

/**
 * Keeps the card beside its term: placed before the first paint of each render, and again on
 * scroll (of the page or any scroller inside it), resize, and when the card's own size changes.
 * It also remembers where the card and the term are, so pointer moves are judged without layout.
 */
export function createCardPositioner(
  engine: PageEngine,
  win: Window,
  signal: AbortSignal,
  /** After a scroll took the term out of the viewport (a hover card closes then; a pinned one stays). */
  onAnchorOutOfView: () => void,
) {
  const doc = win.document;
  let card: HTMLElement | null = null;
  let anchor: number | null = null;
  let point: { x: number; y: number } | undefined;
  let line = 0;
  let anchorBoxes: Box[] = [];
  let cardBox: Box | null = null;
  let frame = 0;
  let following: AbortController | null = null;
  const resized = new ResizeObserver(() => schedule());

  function schedule() {
    if (!frame) frame = win.requestAnimationFrame(place);
  }

  function place() {
    frame = 0;
    if (!card || anchor === null) return;
    const rects = engine.rectsOf(anchor);
    if (rects.length > 0) {
      anchorBoxes = rects;
      // The line the card was opened by stays its anchor while the page scrolls under it.
      if (point) line = nearestLine(rects, point);
      point = undefined;
    }
    const box = anchorBoxes[line] ?? anchorBoxes[0];
    if (!box) return;
    if (anchorBoxes.every((b) => b.bottom < 0 || b.top > win.innerHeight)) onAnchorOutOfView();
    const borders = card.offsetHeight - card.clientHeight;
    const size = { width: card.offsetWidth, height: card.scrollHeight + borders };
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const placed = placeCard(box, size, viewport);
    card.style.left = `${placed.x}px`;
    card.style.top = `${placed.y}px`;
    card.style.maxHeight = `${placed.maxHeight}px`;
    card.dataset.side = placed.side;
    const height = Math.min(size.height, placed.maxHeight);
    cardBox = { left: placed.x, top: placed.y, right: placed.x + size.width, bottom: placed.y + height };
  }

  const within = (b: Box, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

  return {
    /** The card was rendered open: place it now, before the browser paints. */
    rendered(element: HTMLElement) {
      if (card !== element) {
        resized.disconnect();
        resized.observe(element);
        card = element;
      }
      place();
    },
    /** Anchors the card to a mention (and the line nearest the pointer) and follows it. */
    follow(index: number, at?: { x: number; y: number }) {
      anchor = index;
      point = at;
      line = 0;
      if (following) return;
      following = new AbortController();
      const options = { capture: true, passive: true, signal: AbortSignal.any([following.signal, signal]) };
      win.addEventListener('scroll', schedule, options);
      win.addEventListener('resize', schedule, options);
    },
    stop() {
      following?.abort();
      following = null;
      anchor = null;
      cardBox = null;
      anchorBoxes = [];
    },
    /** Over the card or the term, as last placed: the hover card stays open. */
    contains: (x: number, y: number) =>
      (cardBox !== null && within(cardBox, x, y)) || anchorBoxes.some((b) => within(b, x, y)),
  };
}

export type CardPositioner = ReturnType<typeof createCardPositioner>;
