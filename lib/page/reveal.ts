import type { Painter } from './paint';

export const FLASH_MS = 1500;

/**
 * Brings a mention into view and flashes it with the dedicated flash highlight. Smooth scrolling
 * unless the reader asked for reduced motion. A short enclosing element is centred with
 * scrollIntoView (which also scrolls nested scroll containers); inside a tall one the window is
 * scrolled so the mention's own line is centred.
 */
export function revealRange(doc: Document, range: StaticRange, painter: Painter): boolean {
  const win = doc.defaultView;
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return false;
  }
  const behavior: ScrollBehavior = win?.matchMedia('(prefers-reduced-motion: reduce)').matches
    ? 'instant'
    : 'smooth';
  const element = range.startContainer.parentElement;
  if (win && element && element.getBoundingClientRect().height < win.innerHeight / 2) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
  } else if (win) {
    const rect = live.getBoundingClientRect();
    win.scrollBy({ top: rect.top - (win.innerHeight - rect.height) / 2, behavior });
  }
  painter.flash(range, FLASH_MS);
  return true;
}
