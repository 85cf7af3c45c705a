/**
 * The page's main-thread tasks from a Chromium trace, for the hostile-page bench. A trace gives
 * each task its wall time and its CPU time (thread time): on a shared machine the wall time of a
 * task grows whenever the OS runs another process instead, its CPU time hardly does (a crowded
 * core's caches still slow it somewhat), so the two side by side say how much of a long task was
 * the page's and how much the machine's. A task that ran
 * the extension's code (a script or function call from a chrome-extension:// URL) is the
 * extension's.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface TaskFigures {
  /** The longest task's wall time, and the longest task's CPU time (ms; not always one task). */
  wallMs: number;
  cpuMs: number;
  /** The same of tasks that ran the extension's code. */
  extensionWallMs: number;
  extensionCpuMs: number;
  /** The same, leaving out the task that evaluated the content script (its start-up). */
  scanWallMs: number;
  scanCpuMs: number;
  /** Tasks of the extension's over 50 ms: by wall time, by CPU time. */
  extensionLongByWall: number;
  extensionLongByCpu: number;
}

const LONG_TASK_MS = 50;

/** Starts tracing the page's renderer; the returned function stops and reads it. */
export async function traceTasks(cdp: CDPSession): Promise<() => Promise<TaskFigures>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', '__metadata'] },
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return taskFigures(events);
  };
}

/** One task: a top-level event and the microtask checkpoint run right after it, if any. */
export interface Task {
  pid: number;
  tid: number;
  ts: number;
  end: number;
  cpu: number;
}

/**
 * The events no other event holds, thread by thread: the tasks. Chromium 156 traces the promise
 * reactions run at the end of a task (the engine's slices, after scheduler.postTask) as a
 * top-level microtask checkpoint of their own, right after the task: counted with it here, as the
 * page's longtask entries count them.
 */
export function tasksOf(events: TraceEvent[]): Task[] {
  const sorted = events.toSorted((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const last = new Map<string, Task>();
  const tasks: Task[] = [];
  for (const e of sorted) {
    const thread = `${e.pid}:${e.tid}`;
    const previous = last.get(thread);
    if (previous && e.ts < previous.end) {
      if (e.name === CHECKPOINT && e.ts + e.dur! > previous.end) previous.end = e.ts + e.dur!;
      continue;
    }
    if (previous && e.name === CHECKPOINT && e.ts - previous.end < ADJACENT_US) {
      previous.end = e.ts + e.dur!;
      previous.cpu += e.tdur ?? 0;
      continue;
    }
    const task = { pid: e.pid, tid: e.tid, ts: e.ts, end: e.ts + e.dur!, cpu: e.tdur ?? 0 };
    last.set(thread, task);
    tasks.push(task);
  }
  return tasks;
}

const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint starting this soon (µs) after a task's end is that task's. */
const ADJACENT_US = 100;

function taskFigures(events: TraceEvent[]): TaskFigures {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const tasks = tasksOf(events.filter((e) => e.ph === 'X' && e.cat.includes('toplevel') && onMain(e)));
  // Where the extension's code ran: each such event's start, by thread, to find its task.
  const extensionAt = events.filter(
    (e) => e.ph === 'X' && onMain(e) && (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  const inTask = (task: Task) => (e: TraceEvent) =>
    e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.end;
  const ranExtension = (task: Task) => extensionAt.some(inTask(task));
  const startedExtension = (task: Task) =>
    extensionAt.some((e) => e.name === 'EvaluateScript' && inTask(task)(e));
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  const figures: TaskFigures = {
    wallMs: 0,
    cpuMs: 0,
    extensionWallMs: 0,
    extensionCpuMs: 0,
    scanWallMs: 0,
    scanCpuMs: 0,
    extensionLongByWall: 0,
    extensionLongByCpu: 0,
  };
  for (const task of tasks) {
    const wall = ms(task.end - task.ts);
    const cpu = ms(task.cpu);
    figures.wallMs = Math.max(figures.wallMs, wall);
    figures.cpuMs = Math.max(figures.cpuMs, cpu);
    if (!ranExtension(task)) continue;
    figures.extensionWallMs = Math.max(figures.extensionWallMs, wall);
    figures.extensionCpuMs = Math.max(figures.extensionCpuMs, cpu);
    if (!startedExtension(task)) {
      figures.scanWallMs = Math.max(figures.scanWallMs, wall);
      figures.scanCpuMs = Math.max(figures.scanCpuMs, cpu);
    }
    if (wall > LONG_TASK_MS) figures.extensionLongByWall += 1;
    if (cpu > LONG_TASK_MS) figures.extensionLongByCpu += 1;
  }
  return figures;
}
