// What one main-thread task held, for long-tasks.ts: the trace events directly inside it (script
// evaluation, callbacks, GC, layout...), the compile and GC time anywhere in it, and our functions
// sampled by the CPU profiler during it (inclusive time; names mean something in an unminified build).
import type { Profile } from './start-up-profile';
import type { Task, TraceEvent } from './task-trace';

interface EventData {
  url?: string;
  functionName?: string;
  fileName?: string;
}

const dataOf = (e: TraceEvent) => (e.args as { data?: EventData } | undefined)?.data;
const urlOf = (e: TraceEvent) => dataOf(e)?.url ?? (e.args as EventData | undefined)?.fileName ?? '';
const fileOf = (url: string) =>
  url.replace(/^chrome-extension:\/\/[^/]+\//, '').replace(/^https?:\/\/[^/]+\//, '');

export const isExtension = (e: TraceEvent): boolean => urlOf(e).startsWith('chrome-extension://');

export const inTask = (task: Task) => (e: TraceEvent) =>
  e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.end;

/** One profiler sample with our code on its stack: when, for how long, and our function names. */
export interface OurSample {
  ts: number;
  us: number;
  functions: string[];
}

/** The samples with an extension frame on the stack, on the trace's clock (both are µs ticks). */
export function ourSamples(profile: Profile): OurSample[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: OurSample[] = [];
  let ts = (profile as { startTime?: number }).startTime ?? 0;
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    ts += profile.timeDeltas?.[i] ?? 0;
    const functions: string[] = [];
    let ours = false;
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (!frame.url.startsWith('chrome-extension://')) continue;
      ours = true;
      functions.push(`${frame.functionName || '(top level)'} ${fileOf(frame.url)}`);
    }
    if (ours) out.push({ ts, us: profile.timeDeltas?.[i + 1] ?? 250, functions: [...new Set(functions)] });
  }
  return out;
}

const ms = (us: number) => (us / 1000).toFixed(1);
const isGc = (e: TraceEvent) => /GC|Scavenge|MarkCompact/i.test(e.name);
const isCompile = (e: TraceEvent) => /compile/i.test(e.name) && !/LazyCompile/.test(e.name);

/** Lines describing a task: its times, what ran directly in it, and where our samples were. */
export function taskContents(task: Task, events: TraceEvent[], samples: OurSample[]): string[] {
  const inside = events
    .filter(
      (e) => e.ph === 'X' && typeof e.dur === 'number' && inTask(task)(e) && !e.cat.includes('toplevel'),
    )
    .toSorted((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Directly inside: no other non-top-level event of the task holds it.
  const direct = new Map<string, { us: number; count: number }>();
  let openUntil = -1;
  for (const e of inside) {
    if (e.ts < openUntil) continue;
    openUntil = e.ts + e.dur!;
    const data = dataOf(e);
    const where = urlOf(e) ? ` ${fileOf(urlOf(e))}` : '';
    const label = `${e.name}${where}${data?.functionName ? ` ${data.functionName}` : ''}`;
    const sum = direct.get(label) ?? { us: 0, count: 0 };
    sum.us += e.dur!;
    sum.count += 1;
    direct.set(label, sum);
  }
  // Outermost only: GC and compile events nest inside their own kind.
  const total = (pick: (e: TraceEvent) => boolean) => {
    let us = 0;
    let until = -1;
    for (const e of inside.filter(pick)) {
      if (e.ts < until) continue;
      until = e.ts + e.dur!;
      us += e.dur!;
    }
    return us;
  };
  const lines = [
    `task ${ms(task.end - task.ts)} ms wall, ${ms(task.cpu)} ms thread; GC ${ms(total(isGc))} ms, ` +
      `compile ${ms(total(isCompile))} ms inside`,
  ];
  for (const [label, { us, count }] of [...direct].sort((a, b) => b[1].us - a[1].us).slice(0, 8))
    lines.push(`    ${ms(us).padStart(6)} ms ${count > 1 ? `${count}x ` : ''}${label}`);
  // LONG_DETAIL=1: every event inside over 2 ms, at any depth (what a compile or a wait was).
  if (process.env.LONG_DETAIL)
    for (const e of inside.filter((e) => e.dur! > 2000))
      lines.push(
        `      ${ms(e.dur!).padStart(6)} ms (${ms((e as { tdur?: number }).tdur ?? 0)} thread) ${e.name} ${JSON.stringify(e.args ?? {}).slice(0, 160)}`,
      );
  const byFunction = new Map<string, number>();
  for (const s of samples.filter((s) => s.ts >= task.ts && s.ts < task.end))
    for (const fn of s.functions) byFunction.set(fn, (byFunction.get(fn) ?? 0) + s.us);
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 14);
  if (top.length > 0) lines.push(`    ours sampled: ${top.map(([fn, us]) => `${fn} ${ms(us)}`).join('; ')}`);
  return lines;
}
