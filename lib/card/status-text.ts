import type { DatedStatus, Standing } from '@/lib/dataset/status-standing';
import { isOver, statusStanding } from '@/lib/dataset/status-standing';
import type { Locale, TranslateOf } from '@/lib/i18n/translator';
import { formatPartialDate } from './format';

/**
 * A policy status in words, for the card, Browse, the briefing and the exports alike. Past its
 * end or due date a status is not repeated as if it held: the reader is told it ended (or fell
 * due) on that day and to check the source for what followed, with the old wording as "was" and
 * any dated follow-up the dataset has.
 */
export type StatusKey =
  | 'card.status.asOf'
  | 'card.status.until'
  | 'card.status.due'
  | 'card.status.ended'
  | 'card.status.pastDue'
  | 'card.status.was'
  | 'card.status.followUp';

export interface StatusParts {
  standing: Standing;
  /** Past an end or due date: what the reader must know first. Null while the status holds. */
  warning: string | null;
  /** The stored wording, in the UI language where written ("Was: ..." once over). */
  text: string;
  /** "as of 7 November 2025; until 10 November 2026". */
  dates: string;
  /** What followed, dated, when the dataset knows (or knows it found nothing). */
  followUp: string | null;
}

const inLocale = (text: { en: string; es?: string }, locale: Locale) =>
  (locale === 'es' && text.es) || text.en;

export function statusParts(status: DatedStatus, today: string, t: TranslateOf<StatusKey>): StatusParts {
  const date = (d: string) => formatPartialDate(d, t.locale);
  const standing = statusStanding(status, today);
  const over = isOver(standing);
  const dates = [t('card.status.asOf', { date: date(status.asOf) })];
  if (standing.state === 'current') dates.push(t('card.status.until', { date: date(standing.date) }));
  if (standing.state === 'due') dates.push(t('card.status.due', { date: date(standing.date) }));
  const own = inLocale(status.text, t.locale);
  let warning: string | null = null;
  if (standing.state === 'ended') warning = t('card.status.ended', { date: date(standing.date) });
  if (standing.state === 'past-due') warning = t('card.status.pastDue', { date: date(standing.date) });
  const followUp = status.followUp
    ? t('card.status.followUp', {
        text: inLocale(status.followUp.text, t.locale),
        date: date(status.followUp.asOf),
      })
    : null;
  return {
    standing,
    warning,
    text: over ? t('card.status.was', { text: own }) : own,
    dates: dates.join('; '),
    followUp: over ? followUp : null,
  };
}

/** The same in one line of plain text, for the briefing and the exports. */
export function statusLine(parts: StatusParts): string {
  const main = `${parts.text} (${parts.dates})`;
  return [parts.warning, main, parts.followUp].filter(Boolean).join(' ');
}
