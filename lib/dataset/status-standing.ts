/**
 * Whether a dated policy status still holds on a given day. A bundled snapshot ages: a suspension
 * "until 10 November 2026" read in December is over, and the card must say so rather than repeat
 * it. One pure function decides for the card, Browse, the briefing, the exports and the dataset
 * check alike. Dates are calendar days ("YYYY-MM-DD"), compared as strings; no zod, so it ships.
 */

/** The shape of a policy term's `status` (see schema-status.ts); repeated here to stay zod-free. */
export interface DatedStatus {
  text: { en: string; es?: string };
  /** The day the statement was last verified against its sources. */
  asOf: string;
  /** Last day the status holds (a suspension "until 10 November 2026"). */
  endsOn?: string;
  /** Day something falls due (a review, a deadline to negotiate). */
  dueOn?: string;
  /** What followed the end or due date, as far as sources showed on its own `asOf`. */
  followUp?: { text: { en: string; es?: string }; asOf: string };
}

export type Standing =
  /** No end or due date: the statement stands as of its `asOf`. */
  | { state: 'undated' }
  /** It ends on `date`, which has not passed. */
  | { state: 'current'; date: string }
  /** Something falls due on `date`, today or later. */
  | { state: 'due'; date: string }
  /** The due date has passed: what was due may have happened, or not. */
  | { state: 'past-due'; date: string }
  /** The status ran until `date`, which has passed. */
  | { state: 'ended'; date: string };

/**
 * The standing of `status` on `today`. A status "until" a day still holds on that day and ends
 * after it; a thing due on a day is due on that day and past due after it. An end date wins over
 * a due date once it has passed.
 */
export function statusStanding(status: DatedStatus, today: string): Standing {
  if (status.endsOn && today > status.endsOn) return { state: 'ended', date: status.endsOn };
  if (status.dueOn && today > status.dueOn) return { state: 'past-due', date: status.dueOn };
  if (status.dueOn) return { state: 'due', date: status.dueOn };
  if (status.endsOn) return { state: 'current', date: status.endsOn };
  return { state: 'undated' };
}

/** True when the status may no longer hold on `today`: the reader must check what followed. */
export function isOver(standing: Standing): boolean {
  return standing.state === 'ended' || standing.state === 'past-due';
}

/**
 * The reader's calendar day, from the browser's clock in the browser's time zone: at 23:30 on
 * 10 November in Mexico City it is still the 10th there, whatever the UTC date.
 */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
