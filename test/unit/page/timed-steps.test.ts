import { describe, expect, test } from 'vitest';
import { timedSteps } from '@/lib/page/timed-steps';
import type { SliceClock } from '@/lib/page/time-slice';

// The engine times the recognizer's steps for its stats with the pass's clock, and a clock reading
// costs about a microsecond: on the 100,000-word page the engine read it 21,000 times. Counted, not
// timed: how often a step is read, and what is added up.

function countingClock(lapMs = 2) {
  let reads = 0;
  const clock: SliceClock = {
    expired: () => (reads++, false),
    expiredAfter: () => (reads++, false),
    lap: () => (reads++, lapMs),
    pause: async () => undefined,
    stop: () => undefined,
    busyMs: 0,
    longestMs: 0,
  };
  return { clock, reads: () => reads };
}

const drain = <T>(steps: Iterator<T>) => {
  const all: T[] = [];
  for (let step = steps.next(); !step.done; step = steps.next()) all.push(step.value);
  return all;
};

describe('timedSteps', () => {
  test('a step worked out here is timed with one reading, from the reading before it', () => {
    const meter = countingClock();
    let spent = 0;
    const steps = timedSteps([['a'], ['b'], ['c']].values(), meter.clock, (ms) => (spent += ms));
    expect(drain(steps)).toEqual([['a'], ['b'], ['c']]);
    expect(meter.reads()).toBe(3);
    expect(spent).toBe(6);
  });

  test('a step that is an answer still to come (the background judges) is not timed at all', () => {
    const meter = countingClock();
    let spent = 0;
    const answers = [Promise.resolve(['a']), Promise.resolve(['b'])];
    expect(drain(timedSteps(answers.values(), meter.clock, (ms) => (spent += ms)))).toEqual(answers);
    expect(meter.reads()).toBe(0);
    expect(spent).toBe(0);
  });

  test('stopped early, it stops the steps it times', () => {
    let stopped = false;
    function* steps() {
      try {
        yield 1;
        yield 2;
      } finally {
        stopped = true;
      }
    }
    const timed = timedSteps(steps(), countingClock().clock, () => undefined);
    timed.next();
    timed.return(undefined);
    expect(stopped).toBe(true);
  });
});
