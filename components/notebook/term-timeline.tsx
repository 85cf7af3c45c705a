import type { Translate } from '@/lib/i18n/translate';
import type { NotebookMention } from '@/lib/notebook/records';
import { termTimeline } from '@/lib/notebook/timeline';

interface TermTimelineProps {
  t: Translate;
  termId: string;
  termName: string;
  mentions: NotebookMention[];
}

/**
 * A term's mentions per week, as a table (what a screen reader reads) whose count cells carry a bar
 * drawn in CSS (what an eye scans): one source of truth, no chart library.
 */
export function TermTimeline({ t, termId, termName, mentions }: TermTimelineProps) {
  const weeks = termTimeline(mentions, termId);
  if (weeks.length === 0) return null;
  const most = Math.max(...weeks.map((w) => w.mentions), 1);
  return (
    <section class="timeline">
      <h2>{t('nb.timeline', { term: termName })}</h2>
      <table>
        <caption>{t('nb.timeline.caption', { term: termName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('nb.timeline.week')}</th>
            <th scope="col">{t('nb.timeline.count')}</th>
            <th scope="col">{t('nb.timeline.pages')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.week}>
              <th scope="row">{new Date(`${week.week}T12:00:00`).toLocaleDateString(t.locale)}</th>
              <td>
                <span
                  class="bar"
                  style={{ inlineSize: `${(week.mentions / most) * 8}em` }}
                  aria-hidden="true"
                />
                {week.mentions}
              </td>
              <td>{week.pages}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
