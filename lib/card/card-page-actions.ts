import { sendMessage } from '@/lib/messaging/send-message';
import type { CardStore } from '@/lib/card/card-store';
import { formatCitation } from '@/lib/card/citation';
import type { CiteOutput } from '@/lib/cite/format-names';
import type { CardCiteFormat } from '@/lib/messaging';
import type { CiteFigureRequest } from '@/lib/messaging/messages';
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
  /** Formats other than plain text come from the background (lib/cite/ stays out of pages). */
  cite?: (request: CiteFigureRequest) => Promise<CiteOutput | null>;
}) {
  const { engine, store, controller, hidden, t, writes = frameWrites() } = deps;
  const cite = deps.cite ?? (async (request) => (await sendMessage(request)) ?? null);
  /** The citation of the entry on screen in `format`; null (and a notice) when it cannot be made. */
  async function citationIn(format: CardCiteFormat): Promise<CiteOutput | null> {
    const { details } = store.getSnapshot();
    if (details.status !== 'ready') return null;
    if (format === 'plain') {
      return { text: formatCitation(details.details, t), extension: 'txt', mime: 'text/plain;charset=utf-8' };
    }
    const seen = { url: location.href, title: document.title };
    const output = await cite({
      type: 'cite/figure',
      id: details.details.entry.id,
      format,
      locale: t.locale,
      seen,
    }).catch(() => null);
    if (!output) store.set({ notice: 'cite-failed' });
    return output ?? null;
  }
  return {
    async copyCitation(format: CardCiteFormat = 'plain') {
      const output = await citationIn(format);
      if (!output) return;
      const citation = output.text;
      // The clipboard needs a secure page; elsewhere the reader copies from a box in the card.
      const write = navigator.clipboard?.writeText(citation) ?? Promise.reject(new Error('no clipboard'));
      await write.then(
        () => store.set({ notice: 'copied', citation: null }),
        () => store.set({ notice: 'copy-fallback', citation }),
      );
    },
    /** A Blob address on a link that is never added to the page; revoked once the click is handled. */
    async downloadCitation(format: CardCiteFormat) {
      const output = await citationIn(format);
      const { details } = store.getSnapshot();
      if (!output || details.status !== 'ready') return;
      const url = URL.createObjectURL(new Blob([output.text], { type: output.mime }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `citation-${details.details.entry.id}.${output.extension}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      store.set({ notice: 'saved', citation: null });
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
