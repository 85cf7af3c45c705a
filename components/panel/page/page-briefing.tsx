import { useMemo, useState } from 'preact/hooks';
import { summarizeMentions } from '@/lib/briefing/summarize';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Translate } from '@/lib/i18n/translate';
import type { MentionList, PageMention } from '@/lib/messaging';
import { categorySetting } from '@/lib/settings/category-setting';
import type { Settings } from '@/lib/settings/schema';
import { BriefingSummary } from './briefing-summary';
import { CategorySection } from './category-section';

interface PageBriefingProps {
  t: Translate;
  page: MentionList;
  lookup: EntryLookup;
  settings: Settings;
  onReveal(mention: PageMention): void;
}

/** The page's terms by category, each opening onto its mentions. */
export function PageBriefing({ t, page, lookup, settings, onReveal }: PageBriefingProps) {
  const briefing = useMemo(() => summarizeMentions(page.mentions, lookup), [page, lookup]);
  // Open terms by id, so they stay open while the list refreshes underneath.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (termId: string) => {
    const next = new Set(expanded);
    if (!next.delete(termId)) next.add(termId);
    setExpanded(next);
  };
  return (
    <section class="page-briefing" aria-labelledby="page-briefing-title">
      <h2 id="page-briefing-title">{t('page.heading')}</h2>
      <BriefingSummary t={t} briefing={briefing} />
      {briefing.groups.map((group) => (
        <CategorySection
          key={group.category}
          t={t}
          group={group}
          colour={
            categorySetting(settings, group.category, group.applies === 'policy' ? 'policy' : 'mineral')
              .colour
          }
          expanded={expanded}
          onToggle={toggle}
          onReveal={onReveal}
        />
      ))}
    </section>
  );
}
