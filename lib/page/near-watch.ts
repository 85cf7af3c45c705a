/**
 * Which blocks are near the viewport, so only their ranges are registered. Chromium rebuilds the
 * markers of EVERY registered range whenever anything in the DOM changes
 * (HighlightRegistry::ValidateHighlightMarkers), so on a page that mutates all the time each frame
 * costs more the more ranges are registered: with all 4,000 of a long page's mentions registered,
 * a page editing its text 1,000 times a second used twice the main-thread time it used alone.
 * An IntersectionObserver (no scroll handler, no forced layout) reports blocks within 1.5
 * viewports above and below; the store registers their ranges and withdraws them when they leave.
 * Elements with no box (display: contents or none) count as near, so their text is never left bare.
 */
export const NEAR_MARGIN = '150% 0px';

export interface NearWatch {
  observe(element: Element): void;
  unobserve(element: Element): void;
  /** Stops watching everything; the watch can be used again. */
  reset(): void;
  /**
   * Resolves once every observed element has had its first report (the observer reports in the
   * frame after `observe`), or after `timeoutMs`: a hidden tab renders no frames.
   */
  settled(timeoutMs?: number): Promise<void>;
}

export function createNearWatch(
  onChange: (element: Element, near: boolean) => void,
  rootMargin = NEAR_MARGIN,
) {
  const unreported = new Set<Element>();
  let waiters: (() => void)[] = [];
  const wake = () => {
    if (unreported.size > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const { target } = entry;
        unreported.delete(target);
        onChange(target, entry.isIntersecting || boxless(entry.boundingClientRect));
      }
      wake();
    },
    { rootMargin },
  );
  const watch: NearWatch = {
    observe(element) {
      unreported.add(element);
      observer.observe(element);
    },
    unobserve(element) {
      unreported.delete(element);
      observer.unobserve(element);
      wake();
    },
    reset() {
      unreported.clear();
      observer.disconnect();
      wake();
    },
    settled(timeoutMs = 250) {
      if (unreported.size === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
  return watch;
}

const boxless = ({ width, height }: DOMRectReadOnly) => width === 0 && height === 0;

/** The element whose box stands for a block: its container, or the host of a shadow-root block. */
export function watchedElementOf(container: Node): Element {
  if (container.nodeType === Node.ELEMENT_NODE) return container as Element;
  const host = (container as ShadowRoot).host;
  return host ?? (container.ownerDocument ?? (container as Document)).documentElement;
}
