import { describe, expect, it } from 'vitest';
import { checkDataset } from '@/lib/dataset/check-dataset';
import { formatIssue } from '@/lib/dataset/parse-dataset';
import { loadDataset } from './load';

// npm run data:check must refuse a dated status that ended before the dataset's date when the
// entry is silent about what followed; these break copies of the real data the way time does.
const clone = <T>(v: T): T => structuredClone(v);
const messages = (d: ReturnType<typeof loadDataset>) => checkDataset(d).map(formatIssue);

describe('dated statuses in the dataset check', () => {
  it('the committed data passes: every ended or past-due status says what followed', () => {
    expect(messages(loadDataset()).filter((m) => m.includes('status'))).toEqual([]);
  });

  it('fails a suspension that ended before the dataset date with no follow-up', () => {
    const d = clone(loadDataset());
    const term = d.policyTerms.find((t) => t.id === 'china-export-control-rare-earths-october-2025')!;
    delete term.status!.followUp;
    expect(messages(d)).toContain(
      `data/policy-terms.json, entry "china-export-control-rare-earths-october-2025", field status.followUp: the status ended on 2026-11-10, before the dataset date ${d.meta.date}: add a followUp saying what followed, or "no later announcement found as of ${d.meta.date}"`,
    );
  });

  it('fails a deadline that fell due before the dataset date with no follow-up', () => {
    const d = clone(loadDataset());
    delete d.policyTerms.find((t) => t.id === 'proclamation-11001')!.status!.followUp;
    expect(
      messages(d).some((m) => m.includes('"proclamation-11001"') && m.includes('fell due on 2026-07-13')),
    ).toBe(true);
  });

  it('accepts the same status while its end date is still ahead of the dataset date', () => {
    const d = clone(loadDataset());
    delete d.policyTerms.find((t) => t.id === 'china-export-control-rare-earths-october-2025')!.status!
      .followUp;
    d.meta.date = '2026-11-10';
    expect(messages(d).filter((m) => m.includes('rare-earths-october-2025'))).toEqual([]);
  });

  it('fails a follow-up older than the end it follows, and any date after the dataset date', () => {
    const d = clone(loadDataset());
    const term = d.policyTerms.find((t) => t.id === 'china-us-ban-gallium-germanium-antimony-2024')!;
    term.status!.followUp!.asOf = '2026-11-01';
    term.status!.asOf = '2027-01-01';
    const found = messages(d).filter((m) => m.includes('china-us-ban'));
    expect(
      found.some(
        (m) => m.includes('status.followUp.asOf') && m.includes('before the status ended on 2026-11-27'),
      ),
    ).toBe(true);
    expect(found.some((m) => m.includes('status.asOf: 2027-01-01 is after the dataset date'))).toBe(true);
  });

  it('requires a dated status on laws, orders, agreements and export controls, not on concepts', () => {
    const d = clone(loadDataset());
    d.policyTerms.find((t) => t.id === 'usmca')!.status = null;
    d.policyTerms.find((t) => t.id === 'feoc')!.status = null;
    const found = messages(d);
    expect(found).toContain(
      'data/policy-terms.json, entry "usmca", field status: kind "agreement" needs a dated status (text and asOf), not null',
    );
    expect(found.some((m) => m.includes('"feoc"'))).toBe(false);
  });
});
