/** Work in slices this long, then let the page run: well under a frame, far under a 50 ms long task. */
export const SLICE_MS = 5;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the page's own tasks (input, rendering, its scripts) a turn. `scheduler.yield()` continues
 * ahead of other queued work once the page has had its turn; a MessageChannel task is the fallback
 * (not clamped like nested setTimeout, not paused like requestAnimationFrame in hidden tabs).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceClock {
  /** True once the current slice has used its budget: time to `pause()`. */
  expired(): boolean;
  /** Ends the slice, yields to the page, and starts the next slice. */
  pause(): Promise<void>;
  /** Ends the last slice of a job without yielding. */
  stop(): void;
  /** Time spent in slices so far, and the longest slice: the engine's own main-thread cost. */
  readonly busyMs: number;
  readonly longestMs: number;
}

export function createSliceClock(budgetMs = SLICE_MS): SliceClock {
  let sliceStart = performance.now();
  let busyMs = 0;
  let longestMs = 0;
  const endSlice = () => {
    const spent = performance.now() - sliceStart;
    busyMs += spent;
    longestMs = Math.max(longestMs, spent);
  };
  return {
    expired: () => performance.now() - sliceStart >= budgetMs,
    async pause() {
      endSlice();
      await yieldToPage();
      sliceStart = performance.now();
    },
    stop: endSlice,
    get busyMs() {
      return busyMs;
    },
    get longestMs() {
      return longestMs;
    },
  };
}
