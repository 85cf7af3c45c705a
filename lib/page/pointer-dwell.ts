import type { PageMention } from '@/lib/messaging';

export interface DwellHandlers {
  /** The pointer has rested on `mention` for the dwell time. */
  onDwell(mention: PageMention, point: { x: number; y: number }): void;
  /** The pointer rested somewhere else after a dwell. */
  onLeave?(): void;
}

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
  { dwellMs, signal }: { dwellMs: number; signal: AbortSignal },
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: number | null = null;
  signal.addEventListener('abort', () => clearTimeout(timer));
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      clearTimeout(timer);
      const point = { x: event.clientX, y: event.clientY };
      timer = setTimeout(() => {
        const mention = hitTest(point.x, point.y);
        if ((mention?.index ?? null) === current) return;
        if (current !== null) handlers.onLeave?.();
        current = mention?.index ?? null;
        if (mention) handlers.onDwell(mention, point);
      }, dwellMs);
    },
    { passive: true, signal },
  );
  const cancel = (event: Event) => void (event.isTrusted && clearTimeout(timer));
  doc.addEventListener('pointerdown', cancel, { passive: true, capture: true, signal });
  doc.addEventListener('keydown', cancel, { passive: true, capture: true, signal });
}
