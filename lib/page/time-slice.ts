/** Work in slices this long, then let the page run: well under a frame, far under a 50 ms long task. */
export const SLICE_MS = 5;

interface SchedulerLike {
  postTask?: (callback: () => void, options?: { priority?: string }) => Promise<void>;
}

/**
 * Gives the page's own tasks (input, rendering, its scripts) a turn, then continues as an ordinary
 * task: `scheduler.postTask` at user-visible priority, or a MessageChannel task where there is no
 * Scheduler API (not clamped like nested setTimeout, not paused like requestAnimationFrame in
 * hidden tabs). Not `scheduler.yield()`: its continuation outranks rendering, and in Chromium 156 a
 * loop of 5 ms slices with it let a frame through only every ~100 ms (measured), which is neither
 * out of the page's way nor "visible content first".
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  }
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
  /**
   * The time since the clock was last read (by `expired`, `pause` or `lap`): a step timed from the
   * reading its caller took anyway. performance.now() costs about a microsecond in Chromium, and a
   * long page's blocks are thousands, each read a few times.
   */
  lap(): number;
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
  let last = sliceStart;
  let busyMs = 0;
  let longestMs = 0;
  const endSlice = () => {
    const spent = (last = performance.now()) - sliceStart;
    busyMs += spent;
    longestMs = Math.max(longestMs, spent);
  };
  return {
    expired: () => (last = performance.now()) - sliceStart >= budgetMs,
    lap() {
      const before = last;
      return (last = performance.now()) - before;
    },
    async pause() {
      endSlice();
      await yieldToPage();
      sliceStart = last = performance.now();
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
