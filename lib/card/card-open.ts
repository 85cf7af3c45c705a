import type { CardStore } from '@/lib/card/card-store';
import type { PageMention, RevealResult } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import type { CardTranslate } from '@/lib/i18n/card-strings';
import type { CardController } from './card-controller';
import type { ListPosition } from './mention-jump';

/**
 * The card's keyboard entry point: `card/open`, from the panel or, for the next/previous-mention
 * shortcut (./mention-jump.ts), from the top frame through the background, to the frame that owns
 * the mention (lib/page/content-messages.ts). It scrolls to the mention, flashes it, opens its
 * card pinned (focus moves in), and the live region says where the reader is: "lithium, mineral,
 * 3 of 7".
 */
export function createCardOpener(deps: {
  engine: PageEngine;
  store: CardStore;
  controller: CardController;
  t: CardTranslate;
}) {
  const { engine, store, controller, t } = deps;

  function openAt(mention: PageMention, { at, count }: ListPosition): RevealResult {
    const revealed = engine.reveal(mention.index);
    if (!revealed.ok) return revealed;
    controller.open(mention, { pinned: true });
    const kind = t(`card.kind.${mention.kind}`);
    const announcement = t('card.announce', {
      name: mention.text,
      kind,
      position: at + 1,
      count,
    });
    store.set({ announcement });
    return { ok: true };
  }

  return {
    /**
     * This frame's mention `index`, opened; undefined when this frame has no such mention.
     * `position` is where it is in the whole tab's list, when the shortcut counted across frames.
     */
    open(index: number, position?: ListPosition): RevealResult | undefined {
      const list = engine.mentions();
      const at = list.findIndex((m) => m.index === index);
      return at >= 0 ? openAt(list[at]!, position ?? { at, count: list.length }) : undefined;
    },
  };
}

export type CardOpener = ReturnType<typeof createCardOpener>;
