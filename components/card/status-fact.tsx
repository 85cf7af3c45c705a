import { statusParts, type StatusKey } from '@/lib/card/status-text';
import type { DatedStatus } from '@/lib/dataset/status-standing';
import { localIsoDate } from '@/lib/dataset/status-standing';
import type { TranslateOf } from '@/lib/i18n/translator';

interface StatusFactProps {
  status: DatedStatus;
  t: TranslateOf<StatusKey>;
  /** The reader's day; the browser's clock unless a caller pins it. */
  today?: string;
}

/**
 * A policy status with its as-of date, compared with the reader's own date: once its end or due
 * date has passed, the card leads with that and shows the old wording as what it was, never as
 * what holds now.
 */
export function StatusFact({ status, t, today = localIsoDate(new Date()) }: StatusFactProps) {
  const parts = statusParts(status, today, t);
  return (
    <>
      {parts.warning && <strong class="status-over">{parts.warning} </strong>}
      <span class="status-text">{parts.text}</span> <span class="note">({parts.dates})</span>
      {parts.followUp && <span class="status-follow-up note"> {parts.followUp}</span>}
    </>
  );
}
