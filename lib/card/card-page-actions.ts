import type { CardStore } from '@/lib/card/card-store';
import { formatCitation } from '@/lib/card/citation';
import type { PageEngine } from '@/lib/page/engine';
import type { CardTranslate } from '@/lib/i18n/card-strings';
import { frameWrites, type FrameWrites } from '@/lib/settings/writer-client';
import type { CardController } from './card-controller';
import type { HiddenOccurrences } from './card-hidden';

/**
 * The card's actions that reach outside it: the clipboard, the page's remembered hidden
 * occurrences, and the site list in the settings. Each reports back through the store.
 */
export function createPageActions(deps: {
  engine: PageEngine;
  store: CardStore;
  controller: CardController;
  hidden: HiddenOccurrences;
  t: CardTranslate;
  writes?: Pick<FrameWrites, 'siteOff'>;
}) {
  const { engine, store, controller, hidden, t, writes = frameWrites() } = deps;
  return {
    copyCitation() {
      const { details } = store.getSnapshot();
      if (details.status !== 'ready') return;
      const citation = formatCitation(details.details, t);
      // The clipboard needs a secure page; elsewhere the reader copies from a box in the card.
      const write = navigator.clipboard?.writeText(citation) ?? Promise.reject(new Error('no clipboard'));
      write.then(
        () => store.set({ notice: 'copied', citation: null }),
        () => store.set({ notice: 'copy-fallback', citation }),
      );
    },
    hide() {
      const { mention } = store.getSnapshot();
      if (!mention) return;
      hidden.hide(mention).then(
        () => store.set({ notice: 'hidden' }),
        () => store.set({ notice: 'hide-failed' }),
      );
    },
    /**
     * The background switches off the site it knows this frame is on. Refused when the list would
     * outgrow sync storage, or when a broader entry the reader listed decides this site.
     */
    siteOff() {
      writes.siteOff().then(
        (result) => {
          if (!result?.ok)
            return store.set({
              notice: result?.reason === 'quota' || result?.reason === 'full' ? 'site-full' : 'site-failed',
            });
          engine.update({ enabled: false });
          controller.close();
        },
        () => store.set({ notice: 'site-failed' }),
      );
    },
  };
}
