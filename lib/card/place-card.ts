/**
 * Where the card goes: beside the term, below it when it fits, flipped above when that fits
 * better, and shifted to stay inside the viewport with a margin. Floating UI's flip + shift +
 * size, in the few lines this one case needs, so the content script stays small. Pure: viewport
 * coordinates in, the card's top-left corner and the height it may use out.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  x: number;
  y: number;
  side: 'below' | 'above' | 'over';
  /** The height the card may take on that side; its content scrolls beyond it. */
  maxHeight: number;
}

export interface PlaceOptions {
  /** Space between the term and the card. */
  gap?: number;
  /** Space kept between the card and the viewport's edges. */
  margin?: number;
  /** Below this much room on both sides (a short iframe), the card covers the term instead. */
  minHeight?: number;
}

const clamp = (value: number, low: number, high: number) =>
  Math.max(low, Math.min(value, Math.max(low, high)));

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  { gap = 6, margin = 8, minHeight = 160 }: PlaceOptions = {},
): Placement {
  const usable = viewport.height - 2 * margin;
  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  const x = clamp(anchor.left, margin, viewport.width - margin - card.width);

  let side: Placement['side'];
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else if (Math.max(below, above) >= Math.min(card.height, minHeight))
    side = below >= above ? 'below' : 'above';
  else side = 'over';

  if (side === 'over') {
    const height = Math.min(card.height, usable);
    return { x, y: clamp(anchor.top, margin, viewport.height - margin - height), side, maxHeight: usable };
  }
  const maxHeight = clamp(side === 'below' ? below : above, 0, usable);
  const height = Math.min(card.height, maxHeight);
  const y = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  return { x, y: clamp(y, margin, viewport.height - margin - height), side, maxHeight };
}

/** Which line box of a (possibly wrapped) term is nearest a point: the card sits by the line it was opened from. */
export function nearestLine(boxes: readonly Box[], point: { x: number; y: number }): number {
  let best = 0;
  let bestDistance = Infinity;
  boxes.forEach((box, i) => {
    const dx = Math.max(box.left - point.x, 0, point.x - box.right);
    const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
    if (dx * dx + dy * dy < bestDistance) [best, bestDistance] = [i, dx * dx + dy * dy];
  });
  return best;
}
