// Functions evaluated in the page's main world (self-contained: the driver serialises them). The
// card's shadow root is closed, so the probes that read the card take it as their argument: the
// driver reaches it through the browser's automation protocol (card-root.ts), never through the page.
// A card is open when the reader can see it: a staged card (built during the dwell, `.staged`) is
// in the top layer already, hidden and inert, and does not count.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardProbe {
  open: boolean;
  pinned: boolean;
  title: string;
  text: string;
  rect: Box | null;
  /** Focus is on an element inside the card. */
  focusInside: boolean;
  /** What the live region says. */
  live: string;
  viewport: { width: number; height: number };
}

export function readCard(root: ShadowRoot | null): CardProbe {
  const host = root?.host;
  const card = root?.querySelector<HTMLElement>('.card');
  const open = card?.matches(':popover-open:not(.staged)') ?? false;
  const r = card?.getBoundingClientRect();
  return {
    open,
    pinned: card?.classList.contains('pinned') ?? false,
    title: root?.querySelector('.title')?.textContent ?? '',
    text: card?.textContent ?? '',
    rect: open && r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
    focusInside: document.activeElement === host && Boolean(card?.contains(root!.activeElement)),
    live: root?.querySelector('[aria-live]')?.textContent ?? '',
    viewport: { width: document.documentElement.clientWidth, height: innerHeight },
  };
}

export function isCardOpen(root: ShadowRoot | null): boolean {
  return Boolean(root?.querySelector('.card:popover-open:not(.staged)'));
}

export function isCardClosed(root: ShadowRoot | null): boolean {
  return !root?.querySelector('.card:popover-open:not(.staged)');
}

/** The open card shows its entry's details (no longer "Loading…"). */
export function isCardReady(root: ShadowRoot | null): boolean {
  return Boolean(root?.querySelector('.card:popover-open:not(.staged) .identity'));
}

/** The centre of the card's button (or link) whose accessible text starts with `name`. */
export function cardControlCenter(root: ShadowRoot | null, name: string): { x: number; y: number } | null {
  const controls = [...(root?.querySelectorAll<HTMLElement>('button, a, summary') ?? [])];
  const control = controls.find((el) =>
    (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(name),
  );
  if (!control) return null;
  // Scroll the card (only the card: scrolling the page would move the card under the pointer).
  const card = root!.querySelector<HTMLElement>('.card')!;
  const before = control.getBoundingClientRect();
  const frame = card.getBoundingClientRect();
  card.scrollTop += before.top - (frame.top + frame.height / 2);
  const rect = control.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
