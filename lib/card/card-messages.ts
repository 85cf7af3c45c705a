import { browser } from 'wxt/browser';
import type { CardStore } from '@/lib/card/card-store';
import { isExtensionMessage, type PageMention, type RevealResult, type StepDirection } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import type { CardTranslate } from '@/lib/i18n/card-strings';
import type { CardController } from './card-controller';

/**
 * The card's keyboard entry points, both as messages: the panel's `card/open` (to the frame that
 * owns the mention) and the shortcut's `card/jump` (from the background, to the top frame). Each
 * scrolls to the mention, flashes it, opens its card pinned (focus moves in), and the live region
 * says where the reader is: "lithium, mineral, 3 of 7".
 */
export function answerCardMessages(deps: {
  engine: PageEngine;
  store: CardStore;
  controller: CardController;
  t: CardTranslate;
  isTop: boolean;
  signal: AbortSignal;
}) {
  const { engine, store, controller, t } = deps;

  function openAt(list: PageMention[], at: number): RevealResult {
    const mention = list[at]!;
    const revealed = engine.reveal(mention.index);
    if (!revealed.ok) return revealed;
    controller.open(mention, { pinned: true });
    const kind = t(`card.kind.${mention.kind}`);
    const announcement = t('card.announce', {
      name: mention.text,
      kind,
      position: at + 1,
      count: list.length,
    });
    store.set({ announcement });
    return { ok: true };
  }

  function jump(direction: StepDirection): RevealResult {
    const list = engine.mentions();
    if (list.length === 0) return { ok: false, reason: 'unknown-mention' };
    const { open, mention } = store.getSnapshot();
    const from = open && mention ? list.findIndex((m) => m.index === mention.index) : -1;
    const at =
      from >= 0
        ? (from + (direction === 'next' ? 1 : -1) + list.length) % list.length
        : firstInView(list, direction, engine);
    return openAt(list, at);
  }

  const listener = (message: unknown) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'card/jump' && deps.isTop) return Promise.resolve(jump(message.direction));
    if (message.type === 'card/open') {
      const list = engine.mentions();
      const at = list.findIndex((m) => m.index === message.index);
      if (at >= 0) return Promise.resolve(openAt(list, at));
      return deps.isTop
        ? Promise.resolve({ ok: false, reason: 'unknown-mention' } as RevealResult)
        : undefined;
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  deps.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/**
 * With no card open, the shortcut starts from what the reader sees: "next" is the first mention
 * at or below the top of the viewport, "previous" the last one above its bottom.
 */
function firstInView(list: PageMention[], direction: StepDirection, engine: PageEngine): number {
  const top = (m: PageMention) => engine.rectsOf(m.index)[0]?.top ?? -Infinity;
  if (direction === 'next') {
    const at = list.findIndex((m) => top(m) >= 0);
    return at >= 0 ? at : 0;
  }
  for (let i = list.length - 1; i >= 0; i--) if (top(list[i]!) < window.innerHeight) return i;
  return list.length - 1;
}
