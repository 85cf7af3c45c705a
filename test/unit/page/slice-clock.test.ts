// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createMentionStore } from '@/lib/page/mention-store';
import { fullScan } from '@/lib/page/scan-passes';
import { createTextIntervals } from '@/lib/page/text-intervals';
import { createSliceClock, READ_EVERY } from '@/lib/page/time-slice';
import type { Mention } from '@/lib/recognize';
import { stubStaticRange } from './static-range-stub';
import { NO_NEAR_WATCH, NO_PAINTER, passContext } from './store-stubs';

// Reading the time costs about a microsecond in Chromium, and a long page's thousands of blocks
// each had it read six times (two per recognizer step to time it, a look at the slice after
// storing, another after the block). A step is timed from the reading its caller took anyway, and
// the pass looks at the slice every few blocks, by the work they took: counted here, with a fake clock.

beforeAll(stubStaticRange);
afterEach(() => vi.restoreAllMocks());

function fakeTime() {
  let now = 0;
  let reads = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (reads++, now));
  return {
    advance: (ms: number) => void (now += ms),
    reads: () => reads,
  };
}

describe('slice clock', () => {
  test('a lap runs from the last reading, whichever call took it, at one reading a lap', () => {
    const time = fakeTime();
    const clock = createSliceClock(5);
    time.advance(2);
    expect(clock.expired()).toBe(false);
    const before = time.reads();
    time.advance(1.5);
    expect(clock.lap()).toBe(1.5);
    time.advance(4);
    expect(clock.lap()).toBe(4);
    expect(time.reads() - before).toBe(2);
    expect(clock.expired()).toBe(true);
  });

  test('a lap after a pause runs from the new slice, not the old one', async () => {
    const time = fakeTime();
    const clock = createSliceClock(5);
    time.advance(6);
    expect(clock.expired()).toBe(true);
    await clock.pause();
    time.advance(1);
    expect(clock.lap()).toBe(1);
    expect(clock.busyMs).toBe(6);
  });

  test('weighed work reads the clock once it adds up, and then ends a spent slice', async () => {
    const time = fakeTime();
    const clock = createSliceClock(5);
    const before = time.reads();
    time.advance(6);
    for (let i = 0; i < READ_EVERY / 100 - 1; i++) expect(clock.expiredAfter(100)).toBe(false);
    expect(time.reads() - before).toBe(0);
    expect(clock.expiredAfter(100)).toBe(true);
    expect(time.reads() - before).toBe(1);
    await clock.pause();
    // The work counts afresh from each reading.
    time.advance(6);
    expect(clock.expiredAfter(READ_EVERY - 1)).toBe(false);
    expect(clock.expiredAfter(1)).toBe(true);
  });

  test('a full scan looks at the clock every few ordinary blocks, not at each', async () => {
    const BLOCKS = 200;
    document.body.innerHTML = '<p>lithium</p>'.repeat(BLOCKS);
    const time = fakeTime();
    const store = createMentionStore({
      painter: NO_PAINTER,
      intervals: createTextIntervals(),
      near: NO_NEAR_WATCH,
      rules: () => ({ accepts: () => true, nameOf: () => 'battery-metal', firstOnly: false }),
    });
    const lithium: Mention = {
      termId: 'lithium',
      kind: 'mineral',
      category: 'battery-metal',
      start: 0,
      end: 7,
      text: 'lithium',
      confidence: 0.9,
      why: { verdict: 'name' },
      basis: { local: 3, pageSensitive: false, reasons: [] },
    };
    const ctx = passContext({
      store,
      clock: createSliceClock(),
      // As the recognizer yields an ordinary block: its mentions in one step.
      recognize: () => [[lithium]][Symbol.iterator](),
    });
    const before = time.reads();
    expect(await fullScan(ctx, 1)).toBe('done');
    expect(store.size).toBe(BLOCKS);
    // A block of "lithium" weighs some 140 characters' worth: one reading per 14 or so blocks.
    expect(time.reads() - before).toBeLessThanOrEqual(BLOCKS / 10 + 5);
  });
});
