import type { PageMention } from '@/lib/messaging';

export interface DwellHandlers {
  /** The pointer has rested on `mention` for the dwell time. */
  onDwell(mention: PageMention, point: { x: number; y: number }): void;
  /** The pointer rested somewhere else after a dwell. */
  onLeave?(): void;
}

export interface DwellOptions {
  dwellMs: number;
  signal: AbortSignal;
  /**
   * End the dwell in an animation-frame callback, on the frame nearest `dwellMs` (within half a
   * frame), so whatever the handler shows is painted by that very frame. A timer ending the dwell
   * fires between frames, mostly just after one's callbacks ran, and what it shows waits a frame.
   */
  onFrame?: boolean;
}

const HALF_FRAME_MS = 1000 / 120;
// rAF does not run in a hidden tab or a throttled frame: the dwell still ends, a little late.
const NO_FRAME_MS = 100;

/**
 * Dwell detection for the card: nothing runs while the pointer moves except clearing a timer;
 * one hit test runs when it stops. Touch is left to the card's own tap handling. Moves the page
 * forges (`isTrusted` false) are not the reader's and are ignored. A press (pointer or key) ends
 * the rest: a reader who clicks a word and presses Escape at once has answered already, and must
 * not get a hover card back when the move before the click would have dwelt.
 */
export function watchDwell(
  doc: Document,
  hitTest: (x: number, y: number) => PageMention | null,
  handlers: DwellHandlers,
  // No default delay: the caller passes the reader's setting (its default lives in the settings).
  { dwellMs, signal, onFrame = false }: DwellOptions,
): void {
  const view = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let current: number | null = null;
  const stop = () => {
    clearTimeout(timer);
    clearTimeout(fallback);
    if (frame !== undefined) view?.cancelAnimationFrame(frame);
    frame = undefined;
  };
  const end = (point: { x: number; y: number }) => {
    stop();
    const mention = hitTest(point.x, point.y);
    if ((mention?.index ?? null) === current) return;
    if (current !== null) handlers.onLeave?.();
    current = mention?.index ?? null;
    if (mention) handlers.onDwell(mention, point);
  };
  // The first of the next frame and the fallback ends the dwell; either cancels the other.
  const endOnFrame = (point: { x: number; y: number }) => {
    fallback = setTimeout(() => end(point), NO_FRAME_MS);
    frame = view?.requestAnimationFrame(() => end(point));
  };
  signal.addEventListener('abort', stop);
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      stop();
      const point = { x: event.clientX, y: event.clientY };
      timer = onFrame
        ? setTimeout(() => endOnFrame(point), Math.max(0, Math.round(dwellMs - HALF_FRAME_MS)))
        : setTimeout(() => end(point), dwellMs);
    },
    { passive: true, signal },
  );
  const cancel = (event: Event) => void (event.isTrusted && stop());
  doc.addEventListener('pointerdown', cancel, { passive: true, capture: true, signal });
  doc.addEventListener('keydown', cancel, { passive: true, capture: true, signal });
}
