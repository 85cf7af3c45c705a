import { describe, expect, it } from 'vitest';
import { formatStaleReport, staleReport } from '@/lib/dataset/stale-report';
import { loadDataset } from './load';

// npm run data:stale: what a maintainer re-checks first.
describe('staleReport', () => {
  const d = loadDataset();
  const rows = staleReport(d.policyTerms, '2026-12-06');

  it('lists every status and follow-up, oldest verification first', () => {
    const withStatus = d.policyTerms.filter((t) => t.status);
    const followUps = withStatus.filter((t) => t.status!.followUp);
    expect(rows).toHaveLength(withStatus.length + followUps.length);
    expect(rows.map((r) => r.asOf)).toEqual(rows.map((r) => r.asOf).sort());
  });

  it('counts the age in days and flags statuses past their end date', () => {
    const row = rows.find(
      (r) => r.id === 'china-export-control-rare-earths-october-2025' && r.field === 'status',
    )!;
    expect(row).toMatchObject({ asOf: '2025-11-07', ageDays: 394, standing: 'ended', date: '2026-11-10' });
    const line = formatStaleReport(rows, '2026-12-06').find((l) => l.includes(row.id))!;
    expect(line).toBe(
      '2025-11-07    394 d  china-export-control-rare-earths-october-2025 status [ended 2026-11-10]',
    );
  });
});
