// Functions evaluated in the page's main world (self-contained: the driver serialises them). The
// card's shadow root is closed, so the probes that read the card take it as their argument: the
// driver reaches it through the browser's automation protocol (card-root.ts), never through the page.

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
  const open = card?.matches(':popover-open') ?? false;
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
  return Boolean(root?.querySelector('.card:popover-open'));
}

export function isCardClosed(root: ShadowRoot | null): boolean {
  return !root?.querySelector('.card:popover-open');
}

/** The open card shows its entry's details (no longer "Loading…"). */
export function isCardReady(root: ShadowRoot | null): boolean {
  return Boolean(root?.querySelector('.card:popover-open .identity'));
}

/**
 * The centre of the topmost painted range reading `text` in the viewport (viewport coordinates);
 * when the only ones are below or above it, one is scrolled into view first. Null if none.
 * Scripts run by tsx need `globalThis.__name` defined in the page (see scripts/bench/card.ts).
 */
export function termCenter(text: string): { x: number; y: number } | null {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'mineral-lens-flash') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().replace(/\s+/g, ' ').toLowerCase() === text.toLowerCase()) ranges.push(range);
    }
  }
  const top = (range: Range) => range.getClientRects()[0]?.top ?? Infinity;
  const visible = (range: Range) => top(range) >= 0 && range.getClientRects()[0]!.bottom <= innerHeight;
  // The first on screen, as a reader meets it; else the first anywhere.
  const range = ranges.filter(visible).sort((a, b) => top(a) - top(b))[0] ?? ranges[0];
  if (!range) return null;
  if (!visible(range))
    range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = range.getClientRects()[0]!;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
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
