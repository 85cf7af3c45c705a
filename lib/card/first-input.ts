/** What wakes the card: the pointer moving or pressing (mouse, pen, touch), or a key. */
const INPUTS = ['pointermove', 'pointerdown', 'keydown'] as const;

/**
 * Calls `run` once, on the reader's first pointer or key input in the frame. The card's wiring (its
 * store, controller, pointer intent and actions, and the first run of all that code) waits for it:
 * a frame whose highlights nobody points at, a background tab, a reader who only scrolls, never
 * pays for it, and the first paint no longer waits behind it (issue 15). Listening on the window in
 * the capture phase runs `run` before the event reaches the document, so what `run` adds there (the
 * dwell, the card's clicks) still sees the very event that woke it: a single move onto a term counts.
 * Forged events may wake it too: waking only sets up what a real one would, and shows nothing.
 */
export function onFirstInput(win: Window, signal: AbortSignal, run: () => void): void {
  const woken = new AbortController();
  signal.addEventListener('abort', () => woken.abort(), { once: true, signal: woken.signal });
  const wake = () => {
    woken.abort();
    run();
  };
  for (const type of INPUTS)
    win.addEventListener(type, wake, { capture: true, passive: true, signal: woken.signal });
}
