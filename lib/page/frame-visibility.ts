import { isRendered } from './visibility';

/**
 * Whether a frame is shown to the reader, so a hidden frame's text is not listed under the page
 * (a 1x1 tracking frame, or a transparent frame full of words the reader never saw).
 *
 * A frame cannot see its own <iframe> element when the parent is on another site, so the work is
 * split: a frame judges what it can see itself (its viewport, and its frame elements up the chain
 * while they are same-origin), and the top frame judges the <iframe> elements of its direct
 * children, which it ties to frames through claims (see docs/architecture.md, "Frames").
 * Frames nested under a cross-origin child are judged by their own viewport and same-origin
 * chain only: the top frame cannot see their elements.
 */

/** A frame narrower or shorter than this many CSS pixels lists nothing: nobody reads text in it. */
export const MIN_FRAME_SIDE = 10;

const isTiny = (width: number, height: number) => width < MIN_FRAME_SIDE || height < MIN_FRAME_SIDE;

/** Whether a frame element is rendered, visible, opaque, and big enough to read. */
export function isFrameElementShown(el: Element): boolean {
  if (!isRendered(el)) return false;
  const { width, height } = el.getBoundingClientRect();
  return !isTiny(width, height);
}

/** What a (sub-)frame can tell about itself from inside. The top frame is always shown. */
export function isFrameShown(win: Window): boolean {
  if (win === win.top) return true;
  if (isTiny(win.innerWidth, win.innerHeight)) return false;
  for (let w: Window = win; w !== w.top; w = w.parent) {
    const el = w.frameElement; // null once the parent is on another site
    if (!el) return true;
    if (!isFrameElementShown(el)) return false;
  }
  return true;
}

const MAX_CLAIMS = 500;

/** The shape a child frame's content script posts to its parent window. */
export const CLAIM_KEY = 'mineralLensFrame';

/**
 * The top frame's side: which child windows posted which claim. A claim counts only when every
 * window that posted it is held by a shown frame element: a page that copies a claim into another
 * frame can hide its own frames, never show a hidden one. Undefined for a claim nobody posted yet.
 */
export function watchFrameClaims(win: Window, signal: AbortSignal) {
  const claims = new Map<string, Set<MessageEventSource>>();
  win.addEventListener(
    'message',
    (event) => {
      const data = event.data as Record<string, unknown> | null;
      const claim = typeof data === 'object' && data !== null ? data[CLAIM_KEY] : undefined;
      if (typeof claim !== 'string' || !event.source || claim.length > 100) return;
      if (!claims.has(claim) && claims.size >= MAX_CLAIMS) return; // a page posting claims in a loop
      const sources = claims.get(claim) ?? new Set();
      sources.add(event.source);
      claims.set(claim, sources);
    },
    { signal },
  );
  const elementOf = (source: MessageEventSource) => {
    for (const el of win.document.querySelectorAll('iframe, frame')) {
      if ((el as HTMLIFrameElement).contentWindow === source) return el;
    }
    return null;
  };
  return {
    shown(claim: string): boolean | undefined {
      const sources = claims.get(claim);
      if (!sources) return undefined;
      return [...sources].every((source) => {
        const el = elementOf(source);
        return el !== null && isFrameElementShown(el);
      });
    },
  };
}

/** A child frame's side: posts its claim to its parent window (the top frame). */
export function postFrameClaim(win: Window, claim: string): void {
  win.parent.postMessage({ [CLAIM_KEY]: claim }, '*');
}
