import { afterEach, describe, expect, test } from 'vitest';
import { isOver, localIsoDate, statusStanding, type DatedStatus } from '@/lib/dataset/status-standing';

// The one function that decides whether a policy status still holds on the reader's day.
const status = (extra: Partial<DatedStatus> = {}): DatedStatus => ({
  text: { en: 'Suspended until 10 November 2026.' },
  asOf: '2025-11-07',
  ...extra,
});

describe('statusStanding', () => {
  test('undated: stands as of its asOf, whatever the day', () => {
    expect(statusStanding(status(), '2030-01-01')).toEqual({ state: 'undated' });
  });

  test('an end date in the future: current, until that day', () => {
    expect(statusStanding(status({ endsOn: '2026-11-10' }), '2026-06-01')).toEqual({
      state: 'current',
      date: '2026-11-10',
    });
  });

  test('today is the end date: it still holds ("until 10 November" includes the 10th)', () => {
    expect(statusStanding(status({ endsOn: '2026-11-10' }), '2026-11-10').state).toBe('current');
  });

  test('the day after the end date: ended on that date', () => {
    const standing = statusStanding(status({ endsOn: '2026-11-10' }), '2026-11-11');
    expect(standing).toEqual({ state: 'ended', date: '2026-11-10' });
    expect(isOver(standing)).toBe(true);
  });

  test('a due date: due up to and on the day, past due after it', () => {
    const review = status({ dueOn: '2026-07-01' });
    expect(statusStanding(review, '2026-06-30')).toEqual({ state: 'due', date: '2026-07-01' });
    expect(statusStanding(review, '2026-07-01').state).toBe('due');
    expect(statusStanding(review, '2026-07-02')).toEqual({ state: 'past-due', date: '2026-07-01' });
    expect(isOver(statusStanding(review, '2026-06-30'))).toBe(false);
  });

  test('an end date that has passed wins over a due date', () => {
    const both = status({ endsOn: '2026-11-10', dueOn: '2026-12-31' });
    expect(statusStanding(both, '2026-12-06')).toEqual({ state: 'ended', date: '2026-11-10' });
  });

  test('a follow-up does not change the standing: an ended status stays ended', () => {
    const followed = status({
      endsOn: '2026-11-10',
      followUp: { text: { en: 'Nothing later found.' }, asOf: '2026-12-06' },
    });
    expect(statusStanding(followed, '2026-12-06').state).toBe('ended');
  });
});

describe('localIsoDate: the reader’s calendar day, in the browser’s time zone', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  test('late evening in Mexico City is still the 10th there, though UTC is on the 11th', () => {
    process.env.TZ = 'America/Mexico_City';
    const instant = new Date('2026-11-11T05:30:00Z'); // 23:30 on 10 November in Mexico City
    expect(localIsoDate(instant)).toBe('2026-11-10');
    expect(statusStanding(status({ endsOn: '2026-11-10' }), localIsoDate(instant)).state).toBe('current');
  });

  test('the same instant in Shanghai is already the 11th, so the suspension has ended there', () => {
    process.env.TZ = 'Asia/Shanghai';
    const instant = new Date('2026-11-11T05:30:00Z'); // 13:30 on 11 November in Shanghai
    expect(localIsoDate(instant)).toBe('2026-11-11');
    expect(statusStanding(status({ endsOn: '2026-11-10' }), localIsoDate(instant)).state).toBe('ended');
  });

  test('pads months and days', () => {
    process.env.TZ = 'UTC';
    expect(localIsoDate(new Date('2026-02-03T12:00:00Z'))).toBe('2026-02-03');
  });
});
