import type { PageMention } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import { isOccurrenceHidden, pageKey, type HiddenOccurrence } from '@/lib/settings/hidden-occurrences';
import { loadHiddenOccurrences } from '@/lib/settings/storage';
import { frameWrites, type FrameWrites } from '@/lib/settings/writer-client';

/**
 * "Not the mineral here", remembered per page (lib/settings/hidden-occurrences.ts). The page's
 * remembered occurrences load once per page (and again after an SPA route change), and are
 * re-applied after every pass, since a rescanned paragraph comes back with fresh mentions.
 * An occurrence is its term, its ordinal among the term's listed mentions, and its context;
 * the context decides when both sides have one, which on a page is always.
 */
export function createHiddenOccurrences(
  engine: PageEngine,
  load: (url: string) => Promise<HiddenOccurrence[]> = loadHiddenOccurrences,
  writes: Pick<FrameWrites, 'hide' | 'unhideAll'> = frameWrites(),
) {
  let page: string | null = null;
  let items: HiddenOccurrence[] = [];
  let applying = false;

  const occurrenceOf = (mention: PageMention, list: PageMention[]): HiddenOccurrence => ({
    termId: mention.termId,
    ordinal: Math.max(
      0,
      list.filter((m) => m.termId === mention.termId).findIndex((m) => m.index === mention.index),
    ),
    context: mention.context,
  });

  function apply() {
    if (applying || items.length === 0) return;
    applying = true; // engine.hide reports a change, which calls back here.
    const list = engine.mentions();
    for (const mention of list) {
      if (isOccurrenceHidden(items, occurrenceOf(mention, list))) engine.hide(mention.index);
    }
    applying = false;
  }

  return {
    /** After every pass: load this page's list when the page is new, and apply it. */
    mentionsChanged() {
      const key = pageKey(location.href);
      if (key === page) return apply();
      page = key;
      items = [];
      const loading = key;
      void load(location.href).then(
        (loaded) => {
          if (page !== loading) return;
          items = loaded;
          apply();
        },
        () => undefined,
      );
    },
    /** Hides one occurrence now; the background remembers it for the page this frame shows. */
    async hide(mention: PageMention): Promise<void> {
      const occurrence = occurrenceOf(mention, engine.mentions());
      engine.hide(mention.index);
      items = await writes.hide(occurrence);
    },
    /**
     * Forgets this page's hidden occurrences. They show again from the next page load (the
     * engine has no "unhide"); a card button may call this.
     */
    async unhideAll(): Promise<void> {
      await writes.unhideAll();
      items = [];
    },
  };
}

export type HiddenOccurrences = ReturnType<typeof createHiddenOccurrences>;
