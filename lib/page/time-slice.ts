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
   * `expired()` after a piece of work of `weight` (characters, or their worth), reading the clock
   * only once the work since the last reading adds up to READ_EVERY: a long page's thousands of
   * short blocks each read it, a microsecond apiece, where a slice holds hundreds of them.
   */
  expiredAfter(weight: number): boolean;
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

/**
 * Work (in characters of text) between two readings of the clock by `expiredAfter`: a pass handles
 * a short paragraph's characters and mentions in some 20-50 µs, so a slice overruns by well under a
 * millisecond.
 */
export const READ_EVERY = 2000;

export function createSliceClock(budgetMs = SLICE_MS): SliceClock {
  let sliceStart = performance.now();
  let last = sliceStart;
  let busyMs = 0;
  let longestMs = 0;
  let unread = 0; // Work done since the clock was last read.
  const endSlice = () => {
    const spent = (last = performance.now()) - sliceStart;
    busyMs += spent;
    longestMs = Math.max(longestMs, spent);
    unread = 0;
  };
  const expired = () => {
    unread = 0;
    return (last = performance.now()) - sliceStart >= budgetMs;
  };
  return {
    expired,
    expiredAfter(weight) {
      unread += weight;
      return unread >= READ_EVERY && expired();
    },
    lap() {
      const before = last;
      return (last = performance.now()) - before;
    },
    async pause() {
      endSlice();
      await yieldToPage();
      sliceStart = last = performance.now();
      unread = 0;
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
