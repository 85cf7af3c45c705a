import { browser } from 'wxt/browser';
import { registeredCardUi, type CreateCardUi } from './card-ui-slot';

/**
 * The card's UI loads when a card first opens, not at start-up: Preact, the card's components and
 * its CSS are a large part of the content script and most pages never show a card. The UI is the
 * unlisted script `card-ui.js` (entrypoints/card-ui), a web-accessible resource with a dynamic URL
 * in Chrome, so a page cannot probe for it to tell that the extension is installed. Imported from
 * the content script, it runs in the content script's own world (card-ui-slot.ts).
 */
type CardUi = Awaited<ReturnType<CreateCardUi>>;

const CARD_UI_PATH = '/card-ui.js';
let loading: Promise<CreateCardUi> | undefined;

function loadCardUi(): Promise<CreateCardUi> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(CARD_UI_PATH)).then(() => {
    const create = registeredCardUi();
    if (!create) throw new Error('card-ui.js did not register the card UI');
    return create;
  });
  return loading;
}

/**
 * The card's host, made on the first `mount()`: until then there is no host (`host()` is undefined)
 * and nothing of the card's UI is evaluated. `mount` stays synchronous for its callers: the card
 * renders what the store says once its UI is there, a few milliseconds later the first time.
 */
export function createLazyCardUi(...args: Parameters<CreateCardUi>) {
  let ui: CardUi | undefined;
  let pending: Promise<void> | undefined;
  return {
    host: (): Element | undefined => ui?.host,
    mount(): void {
      if (ui) return ui.mount();
      pending ??= loadCardUi()
        .then((create) => create(...args))
        .then((made) => {
          ui = made;
          if (!args[0].isInvalid) made.mount();
        });
    },
  };
}
