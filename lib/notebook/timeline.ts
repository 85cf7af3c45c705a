import type { NotebookMention } from './records';

/**
 * A term's timeline: how many of its quotes were first seen each week, and on how many pages.
 * Weeks start on Monday (ISO 8601) in the reader's time zone; weeks without a mention are listed
 * with zero between the first and the last, so the table reads as a time line, not a list of hits.
 */
export interface TimelineWeek {
  /** "YYYY-MM-DD" of the week's Monday. */
  week: string;
  mentions: number;
  pages: number;
}

const MAX_WEEKS = 260;

function mondayOf(time: number): Date {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return date;
}

const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function termTimeline(mentions: NotebookMention[], termId: string): TimelineWeek[] {
  const weeks = new Map<string, { mentions: number; pages: Set<string> }>();
  const own = mentions.filter((m) => m.termId === termId);
  if (own.length === 0) return [];
  for (const mention of own) {
    const key = isoDay(mondayOf(mention.seen));
    const week = weeks.get(key) ?? { mentions: 0, pages: new Set() };
    week.mentions++;
    week.pages.add(mention.page);
    weeks.set(key, week);
  }
  const times = own.map((m) => m.seen);
  const out: TimelineWeek[] = [];
  // Step by calendar week, not by 7 * DAY: a daylight-saving change would skip or repeat one.
  for (
    let monday = mondayOf(Math.min(...times));
    monday.getTime() <= Math.max(...times) && out.length < MAX_WEEKS;
    monday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7)
  ) {
    const key = isoDay(monday);
    const week = weeks.get(key);
    out.push({ week: key, mentions: week?.mentions ?? 0, pages: week?.pages.size ?? 0 });
  }
  return out;
}
