import type { PageMention } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import { isOccurrenceHidden, pageKey, type HiddenOccurrence } from '@/lib/settings/hidden-occurrences';
import { createHiddenOccurrenceStorage } from '@/lib/settings/storage';

/**
 * "Not the mineral here", remembered per page (lib/settings/hidden-occurrences.ts). The page's
 * remembered occurrences load once per page (and again after an SPA route change), and are
 * re-applied after every pass, since a rescanned paragraph comes back with fresh mentions.
 * An occurrence is its term, its ordinal among the term's listed mentions, and its context;
 * the context decides when both sides have one, which on a page is always.
 */
export function createHiddenOccurrences(engine: PageEngine, remembered = createHiddenOccurrenceStorage()) {
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
      void remembered.load(location.href).then(
        (loaded) => {
          if (page !== loading) return;
          items = loaded;
          apply();
        },
        () => undefined,
      );
    },
    /** Hides one occurrence now and remembers it for this page. */
    async hide(mention: PageMention): Promise<void> {
      const occurrence = occurrenceOf(mention, engine.mentions());
      engine.hide(mention.index);
      items = await remembered.hide(location.href, occurrence);
    },
  };
}

export type HiddenOccurrences = ReturnType<typeof createHiddenOccurrences>;
