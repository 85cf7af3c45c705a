import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TermCardActions } from '@/components/card/term-card';
import { createCardStore } from '@/lib/card/card-store';
import { CARD_STRINGS } from '@/lib/i18n/card-strings';
import { cardLanguageTag } from '@/lib/i18n/card-language';
import { switchableTranslator } from '@/lib/i18n/translator';
import type { PageEngine } from '@/lib/page/engine';
import type { CardEntryPoints } from '@/lib/page/content-messages';
import type { Settings } from '@/lib/settings/schema';
import { createCardController, type CardController } from '@/lib/card/card-controller';
import { createEntryClient } from '@/lib/card/card-entries';
import { createHiddenOccurrences, type HiddenOccurrences } from '@/lib/card/card-hidden';
import { createCardOpener, type CardOpener } from '@/lib/card/card-open';
import { createMentionJump, type MentionJump } from '@/lib/card/mention-jump';
import type { PageMention } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging/send-message';
import { createLazyCardUi } from './card-ui-loader';
import { createPageActions } from '@/lib/card/card-page-actions';
import { watchCardPointer } from '@/lib/card/card-pointer';
import { createCardPositioner } from '@/lib/card/card-position';
import { applyTextSize, cardSettingsOf, type CardSettings } from '@/lib/card/card-settings';
import { hasUserActivation } from '@/lib/card/trusted-input';
import { onFirstInput } from '@/lib/card/first-input';

interface Wired {
  controller: CardController;
  opener: CardOpener;
  jump: MentionJump;
}

/**
 * The term card in this frame: wires the store, the controller, pointer and keyboard intent, the
 * actions and the settings together. Returns what the content script calls after each pass and on
 * each settings change (the content script reads and watches settings once for the engine and card).
 * Nothing is wired until the reader's first pointer or key input after the frame paints its first
 * highlight or has a mention (lib/card/first-input.ts), or until it is asked for one: a page naming
 * no term (most pages) never pays for the card's listeners or its strings, and a page with terms
 * pays after its first paint. Only the hidden occurrences load with the first mention: what the
 * reader hid on the page must stay hidden from the first pass on.
 */
export function startCard(
  ctx: ContentScriptContext,
  engine: PageEngine,
  settings: Settings,
  /** The whole tab's mentions, as the panel lists them (the top frame's relay; its own elsewhere). */
  tabMentions: () => PageMention[],
) {
  let wired: Wired | undefined;
  let hidden: HiddenOccurrences | undefined;
  let waiting = false;
  let latest: CardSettings = cardSettingsOf(settings);
  let latestSettings = settings;
  let applySettings: ((next: CardSettings) => void) | undefined;
  let card: HTMLElement | undefined;
  let relanguage: ((next: Settings) => void) | undefined;
  const languageOf = (s: Settings) =>
    cardLanguageTag(s.cardLanguage, browser.i18n.getUILanguage(), document.documentElement.lang);

  const hiddenOccurrences = () =>
    (hidden ??= createHiddenOccurrences(engine, undefined, undefined, undefined, ctx.signal));
  /** A highlight is painted or a mention listed: the card is wired on the reader's first input. */
  function wireOnInput() {
    if (wired || waiting) return;
    waiting = true;
    onFirstInput(window, ctx.signal, () => void wireCard());
  }

  function wireCard(): Wired {
    if (wired) return wired;
    // The card's strings only: the panel's and the settings' wording stays out of every page.
    const t = switchableTranslator(CARD_STRINGS, () => languageOf(latestSettings));
    const store = createCardStore();
    // A new card language shows at once, even on an open card.
    relanguage = (next) => t.setLanguage(languageOf(next)) && store.set({});
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
      copyCitation: (format) => void page.copyCitation(format),
      downloadCitation: (format) => void page.downloadCitation(format),
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
        applyTextSize(element, latest);
        positioner.rendered(element);
      },
    });
    const controller = createCardController({ engine, store, entries, positioner, mount: ui.mount });
    const page = createPageActions({ engine, store, controller, hidden: hiddenOccurrences(), t });
    const pointer = watchCardPointer({
      doc: document,
      engine,
      store,
      controller,
      positioner,
      entries,
      host: ui.host,
      prepare: ui.preload,
      signal: ctx.signal,
    });
    const open = createCardOpener({ engine, store, controller, t });
    const jump = createMentionJump({
      list: tabMentions,
      openIndex: () => (store.getSnapshot().open ? (store.getSnapshot().mention?.index ?? null) : null),
      topOf: (index) => engine.rectsOf(index)[0]?.top,
      viewportHeight: () => window.innerHeight,
      openHere: open.open,
      openInFrame: ({ frameId, index }, position) =>
        sendMessage({ type: 'card/open-in-frame', frameId, index, position }),
      closeHere: controller.close,
    });
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
    return (wired = { controller, opener: open, jump });
  }

  const entryPoints: CardEntryPoints = {
    // Asked before any mention of its own: the top frame's jump goes through the whole tab's list.
    open: (index, position) => wireCard().opener.open(index, position),
    jump: (direction) => wireCard().jump(direction),
  };
  return {
    ...entryPoints,
    /** When the frame's first highlight is painted, which may be long before its pass reports. */
    painted: wireOnInput,
    /** After a pass changed the page's mentions. */
    mentionsChanged() {
      if (!hidden && !engine.hasMentions()) return;
      hiddenOccurrences().mentionsChanged();
      wireOnInput();
      wired?.controller.mentionsChanged();
    },
    settingsChanged(next: Settings) {
      latestSettings = next;
      relanguage?.(next);
      latest = cardSettingsOf(next);
      if (card) applyTextSize(card, latest);
      applySettings?.(latest);
    },
  };
}
