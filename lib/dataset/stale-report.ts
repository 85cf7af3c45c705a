import type { PolicyTerm } from './schema-entries';
import { statusStanding, type Standing } from './status-standing';

/**
 * Every dated statement in the policy terms, oldest verification first, for `npm run data:stale`:
 * what a maintainer re-checks before a release. Pure: the script only reads files and prints.
 */
export interface StaleRow {
  /** The day the statement was last verified. */
  asOf: string;
  /** Whole days from `asOf` to the report's day. */
  ageDays: number;
  id: string;
  field: 'status' | 'status.followUp';
  /** How the status stands on the report's day (follow-ups share their status's standing). */
  standing: Standing['state'];
  /** The end or due date, when the status has one. */
  date: string | null;
  text: string;
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export function staleReport(terms: PolicyTerm[], today: string): StaleRow[] {
  const rows: StaleRow[] = [];
  for (const term of terms) {
    const { status } = term;
    if (!status) continue;
    const standing = statusStanding(status, today);
    const date = status.endsOn ?? status.dueOn ?? null;
    const row = (field: StaleRow['field'], asOf: string, text: string) =>
      rows.push({
        asOf,
        ageDays: days(asOf, today),
        id: term.id,
        field,
        standing: standing.state,
        date,
        text,
      });
    row('status', status.asOf, status.text.en);
    if (status.followUp) row('status.followUp', status.followUp.asOf, status.followUp.text.en);
  }
  return rows.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}

/** The report as aligned text lines, one statement a line, with a header. */
export function formatStaleReport(rows: StaleRow[], today: string): string[] {
  const lines = [`Dated statements as of ${today}, oldest verification first (${rows.length}):`, ''];
  for (const r of rows) {
    const flag = r.standing === 'ended' || r.standing === 'past-due' ? ` [${r.standing} ${r.date}]` : '';
    lines.push(
      `${r.asOf}  ${String(r.ageDays).padStart(5)} d  ${r.id} ${r.field}${flag}`,
      `      ${r.text.length > 110 ? `${r.text.slice(0, 107)}...` : r.text}`,
    );
  }
  return lines;
}
