/**
 * The page shares the DOM with the card: it can dispatch any event, and `.click()` any element it
 * can reach. Only the reader's own input may act, and the browser marks it: `isTrusted` is true
 * only for events the browser itself generated from real input, and no page can set it.
 */

/** Events a page could forge to open, pin, move through or act in the card. */
const CARD_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'focusin',
] as const;

/**
 * Stops every forged event at the card's shadow root, in the capture phase, before any of the
 * card's own (Preact) handlers sees it. Done here rather than in each component, so the components
 * stay plain and their tests can still drive them with synthetic events.
 */
export function dropUntrustedEvents(root: ShadowRoot, signal: AbortSignal): void {
  const drop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    // A forged click on a link would still follow it: nothing the page forges has an effect.
    if (event.cancelable) event.preventDefault();
  };
  for (const type of CARD_EVENTS) root.addEventListener(type, drop, { capture: true, signal });
}

/**
 * Whether the page has a live user activation (a real click or key press in the last few
 * seconds), which a page cannot fake. Required before anything is written to storage; where the
 * browser lacks the API, the trusted-event checks alone stand guard.
 */
export function hasUserActivation(nav: Navigator = navigator): boolean {
  const activation = (nav as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}
