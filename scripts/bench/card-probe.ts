// The card bench's probe, run in the page: when the reader's last pointer move came, when the card
// was ready (shown with what the part measures), and when the first frame showing it had rendered.
// Its own file because it is sent into the page (a function of its own, no imports) and because
// where a frame's rendering ends takes care to find (see watchFrames).

/** What the probe leaves on the page's window for the bench to read. */
export interface CardProbe {
  lastMove: number;
  readyAt: number | null;
  /** The rAF time of the first frame whose rendering shows the card, and when that rendering ended. */
  frameAt: number | null;
  paintedAt: number | null;
  /** The rAF time of every frame watched. */
  ticks: number[];
  staged: boolean;
}

/**
 * In the page: remember the last pointer move, and note when the card is ready (every selector
 * matches in its root) and the first frame that paints it. A mutation observer sees the card's
 * render within the task that made it, at sub-frame precision.
 */
export function armCardProbe(root: ShadowRoot | null, selectors: readonly string[]): void {
  const w = window as unknown as CardProbe & { armed?: boolean };
  Object.assign(w, { lastMove: 0, readyAt: null, frameAt: null, paintedAt: null, ticks: [], staged: false });
  const ready = () => selectors.every((selector) => root?.querySelector(selector));
  // The card may be rendered first and shown (showPopover) later, which mutates nothing: its
  // toggle event, caught on the way down through the root, says when it opened. A staged card is
  // shown by its class.
  const check = () => {
    // Built during the dwell (hidden), so its end only had to show it.
    w.staged ||= Boolean(root?.querySelector('.card.staged'));
    if (w.readyAt !== null || !ready()) return;
    w.readyAt = performance.now();
    observer.disconnect();
    root?.removeEventListener('toggle', check, { capture: true });
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (root)
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['class'],
    });
  root?.addEventListener('toggle', check, { capture: true });
  // When the listener runs, not the event's timeStamp: Chromium delivers pointer moves aligned to frames,
  // and the content script's dwell timer starts when its own listener runs, in this same dispatch.
  if (!w.armed)
    addEventListener('pointermove', () => void (w.lastMove = performance.now()), { capture: true });
  w.armed = true;
  // Which frame paints the card: not the first rAF callback to find it ready, since callbacks run
  // in the order they were asked for, and this loop's (asked for in the frame before) runs before
  // one the card asked for in a task just before this frame, which shows the card in this very
  // frame. So each callback posts a message, a task that runs once this frame's callbacks, style,
  // layout and paint are done: the first frame whose message finds the card ready painted it.
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<number>) => {
    const after = performance.now();
    if (w.paintedAt !== null || !ready()) return;
    w.paintedAt = after;
    w.frameAt = event.data;
    w.readyAt ??= after;
  };
  const watch = () => {
    if (w.paintedAt !== null) return;
    const now = performance.now();
    w.ticks.push(now);
    channel.port2.postMessage(now);
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}
