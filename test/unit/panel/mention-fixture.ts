import entriesFile from '@/data/generated/entries.json';
import { createEntryLookup } from '@/lib/dataset/lookups';
import type { EntriesFile } from '@/lib/dataset/types';
import type { MentionList, PageMention } from '@/lib/messaging';

export const ENTRIES = entriesFile as EntriesFile;
export const LOOKUP = createEntryLookup(ENTRIES);

const PAGE_URL = 'https://news.example.com/2026/minerals?x=1';
/** The embedded frame (frame 3) the last two mentions come from. */
export const FRAME_URL = 'https://widgets.example.org/es/embed?id=7';

let next = 0;
function mention(
  termId: string,
  text: string,
  context: string,
  extra: Partial<PageMention> = {},
): PageMention {
  const entry = LOOKUP.entry(termId)!;
  return {
    index: next++,
    frameId: 0,
    frameUrl: PAGE_URL,
    termId,
    kind: entry.kind,
    category: entry.category,
    text,
    context,
    confidence: 0.9,
    why: { verdict: 'name' },
    ...extra,
  };
}

/**
 * A page with 6 minerals (5 on both the US 2025 and EU critical lists: not silver; China tops the
 * production of gallium, graphite and rare earths) and 2 policy terms, in document order.
 */
export const PAGE: MentionList = {
  url: PAGE_URL,
  title: 'Minerals *pact* [draft] (v2) #1 | _news_',
  lang: 'en',
  mentions: [
    mention('usmca', 'USMCA', 'the first formal review of the USMCA, the trade agreement'),
    mention('usmca', 'T‑MEC', 'that Mexicans call the T‑MEC.'),
    mention('gallium', 'gallium', 'Beijing restricted shipments of gallium and germanium in 2023,'),
    mention('graphite', 'graphite', 'added graphite later that year'),
    // As written on the page, line break and all; the snippet's whitespace is collapsed.
    mention(
      'rare-earth-elements',
      'rare\n        earth elements',
      'extended licensing to several rare earth elements',
    ),
    mention('cobalt', 'cobalt', 'China refines most of the world’s cobalt and produced'),
    mention(
      'cobalt',
      'cobalt',
      'roughly three quarters of the cobalt that ends up in "lithium-ion" batteries',
    ),
    mention('lithium', 'lithium', 'the cobalt that ends up in lithium-ion batteries, says one, then another'),
    mention('lithium', 'lithium', 'Mexico holds lithium in clay deposits in Sonora'),
    mention('silver', 'silver', '=a leading producer of silver, zinc and fluorspar', { confidence: 0.75 }),
    mention(
      'inflation-reduction-act',
      'Inflation Reduction Act',
      'Automakers say the Inflation Reduction Act rewards',
    ),
    mention('rare-earth-elements', 'tierras raras', '«Las tierras raras y el litio son la prioridad»', {
      frameId: 3,
      frameUrl: FRAME_URL,
    }),
    mention('lithium', 'litio', '«Las tierras raras y el litio son la prioridad»', {
      frameId: 3,
      frameUrl: FRAME_URL,
    }),
  ],
};
