import type { PageMention } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import { indexHiddenOccurrences, pageKey, type HiddenOccurrence } from '@/lib/settings/hidden-occurrences';
import { loadHiddenOccurrences, watchHiddenOccurrences } from '@/lib/settings/storage';
import { frameWrites, type FrameWrites } from '@/lib/settings/writer-client';

/**
 * "Not the mineral here", remembered per page (lib/settings/hidden-occurrences.ts). The page's
 * remembered occurrences load once per page (and again after an SPA route change), and are
 * re-applied after every pass, since a rescanned paragraph comes back with fresh mentions.
 * An occurrence is its term, its ordinal among the term's listed mentions, and its context;
 * the context decides when both sides have one, which on a page is always.
 *
 * Every pass on a long page comes through here, so applying is linear in the page's mentions: the
 * list is indexed when it changes, ordinals are counted in one pass, and the mentions to hide go
 * to the engine at once, which reports one change (and does not call back into a pass of its own).
 */
export function createHiddenOccurrences(
  engine: PageEngine,
  load: (url: string) => Promise<HiddenOccurrence[]> = loadHiddenOccurrences,
  writes: Pick<FrameWrites, 'hide' | 'unhideAll'> = frameWrites(),
  watch: typeof watchHiddenOccurrences = watchHiddenOccurrences,
  signal?: AbortSignal,
) {
  let page: string | null = null;
  let items: HiddenOccurrence[] = [];
  let isHidden = indexHiddenOccurrences(items);
  let applying = false;

  const remember = (next: HiddenOccurrence[]) => {
    items = next;
    isHidden = indexHiddenOccurrences(next);
  };

  /** Each mention's ordinal among its term's mentions, in document order: one pass. */
  function* occurrences(list: readonly PageMention[]): Generator<[PageMention, HiddenOccurrence]> {
    const seen = new Map<string, number>();
    for (const mention of list) {
      const ordinal = seen.get(mention.termId) ?? 0;
      seen.set(mention.termId, ordinal + 1);
      yield [mention, { termId: mention.termId, ordinal, context: mention.context }];
    }
  }

  function apply() {
    if (applying || items.length === 0) return;
    applying = true; // engine.hide reports a change, which calls back here.
    try {
      const hide: number[] = [];
      for (const [mention, occurrence] of occurrences(engine.mentions()))
        if (isHidden(occurrence)) hide.push(mention.index);
      if (hide.length > 0) engine.hide(hide);
    } finally {
      applying = false;
    }
  }

  // Shown again elsewhere (the panel, Reset): the engine cannot unhide, so the page is scanned
  // afresh, and what is still hidden is applied again after that pass.
  const stop = watch(
    () => location.href,
    (stored) => {
      if (pageKey(location.href) !== page) return;
      const stillHidden = indexHiddenOccurrences(stored);
      const shown = items.some((item) => !stillHidden(item));
      remember(stored);
      if (shown) engine.rescan();
    },
  );
  signal?.addEventListener('abort', stop, { once: true });

  return {
    /** After every pass: load this page's list when the page is new, and apply it. */
    mentionsChanged() {
      if (applying) return; // Our own hiding, reported back: nothing new to apply.
      const key = pageKey(location.href);
      if (key === page) return apply();
      page = key;
      remember([]);
      const loading = key;
      void load(location.href).then(
        (loaded) => {
          if (page !== loading) return;
          remember(loaded);
          apply();
        },
        () => undefined,
      );
    },
    /** Hides one occurrence now; the background remembers it for the page this frame shows. */
    async hide(mention: PageMention): Promise<void> {
      let occurrence: HiddenOccurrence = { termId: mention.termId, ordinal: 0, context: mention.context };
      for (const [m, o] of occurrences(engine.mentions())) {
        if (m.index !== mention.index) continue;
        occurrence = o;
        break;
      }
      engine.hide([mention.index]);
      remember(await writes.hide(occurrence));
    },
    /** Forgets this page's hidden occurrences; the change in storage shows them again (above). */
    async unhideAll(): Promise<void> {
      await writes.unhideAll();
    },
  };
}

export type HiddenOccurrences = ReturnType<typeof createHiddenOccurrences>;
