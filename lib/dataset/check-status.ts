import type { Dataset, Issue } from './parse-dataset';
import { FILES } from './parse-dataset';
import { statusStanding } from './status-standing';

/**
 * Keeps the dated statuses honest against the dataset's own date: a law, order, agreement or
 * export control must carry a status; nothing is verified in the future; and a status that ended
 * (or fell due) before the dataset's date must say what followed, dated. "Suspended until
 * 10 November 2026" shipped in December without a follow-up is the silence this refuses.
 */
const NEEDS_STATUS = new Set(['law', 'executive-action', 'agreement', 'export-control']);

export function checkStatuses(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  const today = d.meta.date;
  const push = (id: string, path: string, message: string) =>
    issues.push({ file: FILES.policyTerms, id, path, message });

  for (const term of d.policyTerms) {
    const { status } = term;
    if (!status) {
      if (NEEDS_STATUS.has(term.kind))
        push(term.id, 'status', `kind "${term.kind}" needs a dated status (text and asOf), not null`);
      continue;
    }
    if (status.asOf > today)
      push(term.id, 'status.asOf', `${status.asOf} is after the dataset date ${today}`);
    if (status.followUp && status.followUp.asOf > today)
      push(term.id, 'status.followUp.asOf', `${status.followUp.asOf} is after the dataset date ${today}`);
    const standing = statusStanding(status, today);
    if (standing.state !== 'ended' && standing.state !== 'past-due') continue;
    const what = standing.state === 'ended' ? `ended on ${standing.date}` : `fell due on ${standing.date}`;
    if (!status.followUp) {
      push(
        term.id,
        'status.followUp',
        `the status ${what}, before the dataset date ${today}: add a followUp saying what followed, ` +
          `or "no later announcement found as of ${today}"`,
      );
    } else if (status.followUp.asOf < standing.date) {
      push(
        term.id,
        'status.followUp.asOf',
        `the follow-up is dated ${status.followUp.asOf}, before the status ${what}: verify it again`,
      );
    }
  }
  return issues;
}
