/**
 * When the engine's passes run: one at a time; mutations batch up for at least MIN_GAP_MS; and
 * after a pass that cost t ms of main-thread work the next waits at least 4t, so even a page that
 * never stops changing leaves the engine a fifth of one core at most.
 */
export const MIN_GAP_MS = 50;
const GAP_FACTOR = 4;

export interface PassLoop {
  /** Runs a pass after `delayMs` (or later, if the last pass's cost says so), unless one is due. */
  schedule(delayMs: number): void;
  /** Drops a scheduled pass (a running one stops itself through the engine's generation). */
  cancel(): void;
  /** Resolves when no pass is running or scheduled. */
  idle(): Promise<void>;
}

/**
 * @param pass one pass; resolves with the main-thread time it spent
 * @param moreWork whether another pass is wanted as soon as this one ends
 */
export function createPassLoop(
  pass: () => Promise<number>,
  moreWork: () => boolean,
  signal: AbortSignal,
): PassLoop {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let nextPassAt = 0;
  let waiters: (() => void)[] = [];

  const wake = () => {
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const settle = () => {
    if (!running && timer === undefined) wake();
  };

  function schedule(delayMs: number) {
    if (running || timer !== undefined || signal.aborted) return;
    timer = setTimeout(run, Math.max(delayMs, nextPassAt - performance.now()));
  }

  async function run() {
    timer = undefined;
    running = true;
    let busyMs = 0;
    try {
      busyMs = await pass();
    } catch (error) {
      console.error('Mineral Lens: a page scan failed', error);
    } finally {
      running = false;
      nextPassAt = performance.now() + Math.max(MIN_GAP_MS, busyMs * GAP_FACTOR);
      if (!signal.aborted && moreWork()) schedule(MIN_GAP_MS);
      else settle();
    }
  }

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    timer = undefined;
    wake();
  });

  return {
    schedule,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
    idle: () =>
      new Promise((resolve) => {
        waiters.push(resolve);
        settle();
      }),
  };
}
