import type { Briefing } from '@/lib/briefing/summarize';
import { summaryLine } from '@/lib/briefing/summary-line';
import type { Translate } from '@/lib/i18n/translate';

interface BriefingSummaryProps {
  t: Translate;
  briefing: Briefing;
}

/** The line to take in at a glance, and the counts behind it. */
export function BriefingSummary({ t, briefing }: BriefingSummaryProps) {
  const { mentionCount } = briefing;
  const mentions =
    mentionCount === 1 ? t('count.mentions.one') : t('count.mentions', { count: mentionCount });
  return (
    <div class="briefing-summary">
      <p class="summary-line">{summaryLine(briefing, t)}</p>
      <p class="muted">{t('page.stats', { terms: briefing.terms.length, mentions })}</p>
    </div>
  );
}
