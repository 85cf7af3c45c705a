/**
 * Single-page-app navigation: the URL changes without a load, and the page's content with it.
 * Content scripts run in their own world, so wrapping the page's `history.pushState` would see
 * nothing; instead the URL is compared (without its #fragment, which only scrolls):
 *  - on the Navigation API's `currententrychange` / `navigatesuccess` where the browser has it,
 *  - on `popstate` (back/forward),
 *  - and on every mutation batch the engine receives, since a route change that matters changes
 *    the DOM. That last check costs one string comparison and needs no timer.
 */
export interface NavigationWatch {
  /** Compares the URL now; calls back once if it moved to another page. */
  check(): void;
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

const withoutFragment = (href: string) => href.split('#')[0]!;

export function watchNavigation(win: Window, onNavigate: () => void, signal: AbortSignal): NavigationWatch {
  let page = withoutFragment(win.location.href);
  const check = () => {
    if (signal.aborted) return;
    const now = withoutFragment(win.location.href);
    if (now === page) return;
    page = now;
    onNavigate();
  };
  win.addEventListener('popstate', check, { signal });
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    navigation.addEventListener('navigatesuccess', check, { signal });
  }
  return { check };
}
