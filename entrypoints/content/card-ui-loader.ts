import type { createCardUi } from '@/entrypoints/card-ui/card-mount';
import { importScript } from '@/lib/page/lazy-script';

/**
 * The card's UI loads when a card first opens, not at start-up: Preact, the card's components and
 * its CSS are a large part of the content script and most pages never show a card. The UI is the
 * unlisted script `card-ui.js` (entrypoints/card-ui), imported through lazy-script.ts.
 */
export type CreateCardUi = typeof createCardUi;
type CardUi = Awaited<ReturnType<CreateCardUi>>;

/**
 * The card's host, made on the first `preload()` or `mount()`: until then there is no host (`host()`
 * is undefined) and nothing of the card's UI is evaluated; the host joins the page on `mount()`. `mount` stays synchronous for its callers: the card
 * renders what the store says once its UI is there, a few milliseconds later the first time.
 */
export function createLazyCardUi(...args: Parameters<CreateCardUi>) {
  let ui: CardUi | undefined;
  let pending: Promise<void> | undefined;
  let wanted = false;
  const load = () =>
    (pending ??= importScript<CreateCardUi>('/card-ui.js')
      .then((create) => create(...args))
      .then((made) => {
        ui = made;
        if (wanted && !args[0].isInvalid) made.mount();
      }));
  return {
    host: (): Element | undefined => ui?.host,
    /** Loads and makes the UI ahead of a card (the pointer reached a term); adds nothing to the page. */
    preload(): void {
      void load().catch(() => (pending = undefined));
    },
    mount(): void {
      wanted = true;
      if (ui) return ui.mount();
      void load();
    },
  };
}
