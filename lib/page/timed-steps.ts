import type { SliceClock } from './time-slice';

/**
 * The recognizer's steps timed for the engine's stats (EngineStats.recognizeMs) by the pass's
 * clock. A step that is a promise (the background judges, remote-recognizer.ts) did nothing here
 * worth a reading: a reading costs about a microsecond, and a long page has thousands of blocks.
 * A step worked out here is timed from the clock's last reading, which the caller took before
 * asking for it (it looks whether the slice is spent): the little bookkeeping between counts too.
 */
export function* timedSteps<T>(
  steps: Iterator<T, void, undefined>,
  clock: SliceClock,
  spent: (ms: number) => void,
): Generator<T, void, undefined> {
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return;
      if (!(step.value instanceof Promise)) spent(clock.lap());
      yield step.value;
    }
  } finally {
    steps.return?.();
  }
}
