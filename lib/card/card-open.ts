import type { CardStore } from '@/lib/card/card-store';
import type { PageMention, RevealResult, StepDirection } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import type { CardTranslate } from '@/lib/i18n/card-strings';
import type { CardController } from './card-controller';

/**
 * The card's keyboard entry points: the panel's `card/open` (in the frame that owns the mention)
 * and the shortcut's `card/jump` (in the top frame). Each scrolls to the mention, flashes it,
 * opens its card pinned (focus moves in), and the live region says where the reader is:
 * "lithium, mineral, 3 of 7". The messages reach these through lib/page/content-messages.ts.
 */
export function createCardOpener(deps: {
  engine: PageEngine;
  store: CardStore;
  controller: CardController;
  t: CardTranslate;
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

  return {
    /** This frame's mention `index`, opened; undefined when this frame has no such mention. */
    open(index: number): RevealResult | undefined {
      const list = engine.mentions();
      const at = list.findIndex((m) => m.index === index);
      return at >= 0 ? openAt(list, at) : undefined;
    },
    /** The next or previous mention from the open card, or from what the reader sees. */
    jump(direction: StepDirection): RevealResult {
      const list = engine.mentions();
      if (list.length === 0) return { ok: false, reason: 'unknown-mention' };
      const { open, mention } = store.getSnapshot();
      const from = open && mention ? list.findIndex((m) => m.index === mention.index) : -1;
      const at =
        from >= 0
          ? (from + (direction === 'next' ? 1 : -1) + list.length) % list.length
          : firstInView(list, direction, engine);
      return openAt(list, at);
    },
  };
}

export type CardOpener = ReturnType<typeof createCardOpener>;

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
