// The extension's service worker profiled over one page load of the start-up bench: work moved
// from the page to the background is still paid by the reader's browser, so the bench counts it.
// A worker sleeps when idle (Chrome stops it after 30 s) and the page's first message starts it
// again; Chromium keeps a DevTools session to the worker across a stop, queues what is sent while
// it is down and restores a started profiler when it comes back, before its script runs (seen in
// 14 of 14 cold starts on their own; in the bench, 3 cold loads of 12 read 1-4 ms where the rest
// read 16-30, so take a cold figure as a lower bound). So one session, held for the whole bench,
// profiles a worker the page wakes, start-up included; what a stop in the middle of a window takes
// with it (the profile so far) is reported as lost, not as 0.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anyScript, samplesOf, type Profile } from './start-up-samples';

/** BENCH_WORKER_PROFILES=dir keeps each window's profile there, to open in DevTools. */
const KEEP_DIR = process.env.BENCH_WORKER_PROFILES;
let kept = 0;
function keep(profile: Profile): void {
  if (!KEEP_DIR) return;
  mkdirSync(KEEP_DIR, { recursive: true });
  writeFileSync(join(KEEP_DIR, `worker-${++kept}.cpuprofile`), JSON.stringify(profile));
}

/** A DevTools session with one target: its commands, and its events. */
export interface TargetChannel {
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, listener: () => void): void;
}

export interface WorkerWindow {
  /** The worker's JavaScript in the window; NaN when it stopped within it (its profile went too). */
  ms: number;
  stretchMs: number;
  /** Its JS heap after GC at the window's end (none when it was asleep then); NaN when unread. */
  heapBytes: number;
  /** It started within the window: the page woke it. */
  woke: boolean;
}

export interface WorkerProfiler {
  start(): Promise<void>;
  stop(): Promise<WorkerWindow>;
  /** Resolves once the worker is down (after a stop the bench asked for). */
  asleep(): Promise<void>;
}

const ignore = () => undefined;

/** Profiles one worker through `channel`, a session attached while the worker runs. */
export async function profileWorker(channel: TargetChannel, intervalUs: number): Promise<WorkerProfiler> {
  let running = true;
  let open = false;
  let woke = false;
  let lost = false;
  let onStop: (() => void)[] = [];
  channel.on('Inspector.targetCrashed', () => {
    running = false;
    if (open) lost = true;
    for (const resolve of onStop) resolve();
    onStop = [];
  });
  channel.on('Inspector.targetReloadedAfterCrash', () => {
    running = true;
    if (open) woke = true;
  });
  const stopped = () => new Promise<undefined>((resolve) => onStop.push(() => resolve(undefined)));
  /** A command's answer, or undefined if the worker stops first (its answer would wait for a restart). */
  const whileRunning = <T>(command: Promise<T>) => Promise.race([command, stopped()]);

  await channel.send('Profiler.enable');
  await channel.send('Profiler.setSamplingInterval', { interval: intervalUs });
  return {
    async start() {
      open = true;
      woke = false;
      lost = false;
      // A profile left running by a start queued while the worker slept through an earlier window.
      const reset = channel.send('Profiler.stop').catch(ignore);
      const started = channel.send('Profiler.start');
      if (running) await whileRunning(Promise.all([reset, started]));
      else started.catch(ignore); // applied when the page wakes the worker, before its script runs
    },
    async stop() {
      open = false;
      if (lost) {
        if (running) await whileRunning(channel.send('Profiler.stop').catch(ignore));
        return { ms: Number.NaN, stretchMs: Number.NaN, heapBytes: Number.NaN, woke };
      }
      if (!running) return { ms: 0, stretchMs: 0, heapBytes: 0, woke: false };
      const stop = (await whileRunning(channel.send('Profiler.stop'))) as { profile: Profile } | undefined;
      if (!stop) return { ms: Number.NaN, stretchMs: Number.NaN, heapBytes: Number.NaN, woke };
      keep(stop.profile);
      await whileRunning(channel.send('HeapProfiler.collectGarbage'));
      await whileRunning(channel.send('HeapProfiler.collectGarbage'));
      const heap = (await whileRunning(channel.send('Runtime.getHeapUsage'))) as
        { usedSize: number } | undefined;
      return {
        ...samplesOf(stop.profile, anyScript, intervalUs),
        heapBytes: heap?.usedSize ?? Number.NaN,
        woke,
      };
    },
    asleep: () => (running ? stopped().then(ignore) : Promise.resolve()),
  };
}

/** Every worker of the extension over one window (there is one; an update would add another). */
export const sumWindows = (windows: WorkerWindow[]): WorkerWindow => ({
  ms: windows.reduce((sum, w) => sum + w.ms, 0),
  stretchMs: Math.max(0, ...windows.map((w) => w.stretchMs)),
  heapBytes: windows.reduce((sum, w) => sum + w.heapBytes, 0),
  woke: windows.some((w) => w.woke),
});
