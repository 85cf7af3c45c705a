import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TermCardActions } from '@/components/card/term-card';
import { createCardStore } from '@/lib/card/card-store';
import { CARD_STRINGS } from '@/lib/i18n/card-strings';
import { translatorFor } from '@/lib/i18n/translator';
import type { PageEngine } from '@/lib/page/engine';
import type { Settings } from '@/lib/settings/schema';
import { createCardController, type CardController } from './card-controller';
import { createEntryClient } from './card-entries';
import { createHiddenOccurrences } from './card-hidden';
import { answerCardMessages } from './card-messages';
import { createPageActions } from './card-page-actions';
import { watchCardPointer } from './card-pointer';
import { createCardPositioner } from './card-position';
import { createLazyCardUi } from './card-ui-loader';
import { cardSettingsOf, type CardSettings } from './card-settings';
import { hasUserActivation } from './trusted-input';

/**
 * The term card in this frame: wires the store, the controller, pointer and keyboard intent, the
 * actions and the settings together. Returns what the content script calls after each pass and on
 * each settings change (the content script reads and watches settings once for the engine and card).
 */
export function startCard(ctx: ContentScriptContext, engine: PageEngine, isTop: boolean, settings: Settings) {
  const hidden = createHiddenOccurrences(engine);
  let ready: CardController | undefined;
  let latest: CardSettings = cardSettingsOf(settings);
  let applySettings: ((next: CardSettings) => void) | undefined;
  let card: HTMLElement | undefined;

  function setUp() {
    // The card's strings only: the panel's and the settings' wording stays out of every page.
    const t = translatorFor(CARD_STRINGS, browser.i18n.getUILanguage());
    const store = createCardStore();
    const entries = createEntryClient();
    // The card's callbacks run only once a card is open, by which time `controller` and `page` exist.
    const positioner = createCardPositioner(engine, window, ctx.signal, () => {
      if (!store.getSnapshot().pinned) controller.close();
    });
    const actions: TermCardActions = {
      close: () => controller.close(),
      back: () => controller.back(),
      openEntry: (id) => controller.openEntry(id),
      step: (direction) => controller.step(direction),
      pin: () => controller.pin(),
      copyCitation: () => page.copyCitation(),
      // What writes to storage needs the reader's own gesture, which a page cannot fake.
      hide: () => hasUserActivation() && page.hide(),
      siteOff: () => hasUserActivation() && page.siteOff(),
    };
    // The UI itself (Preact) loads when the first card opens (card-ui-loader.ts).
    const ui = createLazyCardUi(ctx, {
      store,
      t,
      actions,
      pageLang: document.documentElement.lang,
      onRendered(element) {
        card = element;
        positioner.rendered(element);
      },
    });
    const controller = createCardController({ engine, store, entries, positioner, mount: ui.mount });
    const page = createPageActions({ engine, store, controller, hidden, t });
    ready = controller;
    const pointer = watchCardPointer({
      doc: document,
      engine,
      store,
      controller,
      positioner,
      entries,
      host: ui.host,
      signal: ctx.signal,
    });
    answerCardMessages({ engine, store, controller, t, isTop, signal: ctx.signal });
    // A page element that goes fullscreen enters the top layer above the card: show it again on top.
    document.addEventListener(
      'fullscreenchange',
      (event) => {
        if (!event.isTrusted || !card?.matches(':popover-open')) return;
        card.hidePopover();
        card.showPopover();
      },
      { signal: ctx.signal },
    );
    applySettings = pointer.update;
    pointer.update(latest); // A change that arrived during set-up is in `latest`.
  }

  setUp();
  return {
    /** After a pass changed the page's mentions. */
    mentionsChanged() {
      hidden.mentionsChanged();
      ready?.mentionsChanged();
    },
    settingsChanged(next: Settings) {
      latest = cardSettingsOf(next);
      applySettings?.(latest);
    },
  };
}
