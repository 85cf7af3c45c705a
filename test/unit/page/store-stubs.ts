import type { NearWatch } from '@/lib/page/near-watch';
import type { Painter } from '@/lib/page/paint';
import type { PassContext } from '@/lib/page/scan-passes';
import type { SliceClock } from '@/lib/page/time-slice';

// A painter and a near-watch that do nothing, and a pass with nothing around it: for tests of the
// store's and the passes' own work.

export const NO_PAINTER: Painter = {
  add: () => undefined,
  delete: () => undefined,
  reset: () => undefined,
  clear: () => undefined,
  flash: () => undefined,
  count: () => 0,
  owns: () => true,
};

export const NO_NEAR_WATCH: NearWatch = {
  observe: () => undefined,
  unobserve: () => undefined,
  reset: () => undefined,
  settled: async () => {},
};

/** A clock whose slice is never spent: a pass runs through without pausing. */
export const UNHURRIED_CLOCK: SliceClock = {
  expired: () => false,
  expiredAfter: () => false,
  lap: () => 0,
  pause: async () => undefined,
  stop: () => undefined,
  busyMs: 0,
  longestMs: 0,
};

/** A pass over `document` with a recognizer always ready and an engine that never moves on. */
export function passContext(parts: Pick<PassContext, 'store' | 'clock' | 'recognize'>): PassContext {
  return {
    doc: document,
    ...parts,
    lookAhead: () => undefined,
    revision: () => 0,
    recognizerReady: () => true,
    prepareRecognizer: () => undefined,
    discover: () => false,
    alive: () => true,
    walked: 0,
  };
}
