import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../scripts/bench/start-up-samples';
import { profileWorker, sumWindows, type TargetChannel } from '../../../scripts/bench/start-up-worker';

// The bench's view of the extension's service worker over a page load. The fake behaves as
// Chromium 156 was seen to: a session outlives the worker's stop, commands sent while it is down
// wait for its restart, and a started profiler starts again, empty, before the script runs.
const INTERVAL_US = 500;

function fakeWorker() {
  const listeners = new Map<string, (() => void)[]>();
  const queued: (() => void)[] = [];
  let running = true;
  let started = false;
  let samples: number[] | null = null; // the profile being recorded, if any
  const emit = (event: string) => listeners.get(event)?.forEach((listener) => listener());
  const answer = (method: string): unknown => {
    // V8 goes on with the profile it is recording, if any.
    if (method === 'Profiler.start' && !started) {
      started = true;
      samples = [];
    }
    if (method === 'Profiler.stop') {
      const recorded = samples;
      started = false;
      samples = null;
      if (!recorded) throw new Error('No recording profiles found');
      const profile: Profile = {
        nodes: [
          { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3] },
          { id: 2, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
          {
            id: 3,
            callFrame: {
              functionName: 'onMessage',
              url: 'chrome-extension://x/background.js',
              lineNumber: 0,
            },
          },
        ],
        samples: recorded,
        timeDeltas: recorded.map(() => INTERVAL_US),
      };
      return { profile };
    }
    if (method === 'Runtime.getHeapUsage') return { usedSize: 2_000_000 };
    return {};
  };
  const channel: TargetChannel = {
    send: (method) =>
      new Promise((resolve, reject) => {
        const run = () => {
          try {
            resolve(answer(method));
          } catch (error) {
            reject(error as Error);
          }
        };
        // A command in flight when the worker stops is answered after its restart.
        queueMicrotask(() => (running ? run() : queued.push(run)));
      }),
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
  };
  return {
    channel,
    /** The worker runs JavaScript for `ms` (idle otherwise). */
    work(ms: number) {
      if (!running) throw new Error('asleep');
      for (let i = 0; i < ms * 2; i++) samples?.push(3);
      samples?.push(2);
    },
    sleep() {
      running = false;
      samples = null;
      emit('Inspector.targetCrashed');
    },
    /** Started by a message: the profiler first, if one was started, then its script (`ms`). */
    wake(startUpMs: number) {
      running = true;
      if (started) samples = [];
      emit('Inspector.targetReloadedAfterCrash');
      queued.splice(0).forEach((run) => run());
      this.work(startUpMs);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the service worker's share of a page load", () => {
  it('counts what a running worker does for the page, and reads its heap', async () => {
    const worker = fakeWorker();
    const profiler = await profileWorker(worker.channel, INTERVAL_US);
    worker.work(5); // before the window: not the page's
    await profiler.start();
    worker.work(3);
    expect(await profiler.stop()).toEqual({ ms: 3, stretchMs: 3, heapBytes: 2_000_000, woke: false });
  });

  it('counts a worker the page wakes, its start-up included', async () => {
    const worker = fakeWorker();
    const profiler = await profileWorker(worker.channel, INTERVAL_US);
    worker.sleep();
    await profiler.start(); // does not wait for a worker that is down
    worker.wake(12);
    await settle();
    worker.work(2);
    const window = await profiler.stop();
    expect(window.ms).toBe(14);
    expect(window.woke).toBe(true);
  });

  it('counts nothing for a worker asleep all along, and only the next window in the next', async () => {
    const worker = fakeWorker();
    const profiler = await profileWorker(worker.channel, INTERVAL_US);
    worker.sleep();
    await profiler.start();
    expect(await profiler.stop()).toEqual({ ms: 0, stretchMs: 0, heapBytes: 0, woke: false });
    // Woken between windows: the start left queued runs the profiler outside any window.
    worker.wake(12);
    await settle();
    await profiler.start();
    worker.work(1);
    expect((await profiler.stop()).ms).toBe(1);
  });

  it('says the figure is lost when the worker stops within the window, not 0', async () => {
    const worker = fakeWorker();
    const profiler = await profileWorker(worker.channel, INTERVAL_US);
    await profiler.start();
    worker.work(4);
    worker.sleep();
    expect((await profiler.stop()).ms).toBeNaN();
  });

  it('does not hang when the worker stops while the profile is being read', async () => {
    const worker = fakeWorker();
    const profiler = await profileWorker(worker.channel, INTERVAL_US);
    await profiler.start();
    worker.work(4);
    const stopping = profiler.stop();
    worker.sleep();
    expect((await stopping).ms).toBeNaN();
  });
});

describe('every worker of the extension', () => {
  it('adds their time and heap; one lost profile makes the whole figure lost', () => {
    const awake = { ms: 2, stretchMs: 1, heapBytes: 100, woke: false };
    const woken = { ms: 3, stretchMs: 2, heapBytes: 50, woke: true };
    expect(sumWindows([awake, woken])).toEqual({ ms: 5, stretchMs: 2, heapBytes: 150, woke: true });
    expect(sumWindows([awake, { ...woken, ms: Number.NaN }]).ms).toBeNaN();
  });
});
