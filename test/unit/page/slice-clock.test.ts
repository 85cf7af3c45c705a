import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSliceClock } from '@/lib/page/time-slice';

// Reading the time costs about a microsecond in Chromium, and a long page's thousands of blocks
// each had it read six times (two per recognizer step to time it, one per look at the slice). A
// step is now timed from the reading its caller took anyway: counted here, with a fake clock.

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
});
