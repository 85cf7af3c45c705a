const FOCUSABLE =
  'button:not([disabled]), [href], summary, textarea, input, select, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside a pinned card: past the last control it wraps to the first, and back. */
export function trapTab(event: KeyboardEvent, card: HTMLElement): void {
  const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.checkVisibility?.() ?? el.getClientRects().length > 0,
  );
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  const active = (card.getRootNode() as ShadowRoot | Document).activeElement;
  if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
