// Measurements that run inside the bench page (main world). Each is self-contained: the driver
// serialises it. `mineralLens` is the engine bundle's handle (engine-entry.ts).
import type { EngineHandle } from './engine-entry';

type BenchWindow = Window & { mineralLens: EngineHandle; Mark: new (el: Element) => MarkJs };
interface MarkJs {
  mark(
    terms: string[],
    options: { accuracy: string; separateWordSearch: boolean; done(count: number): void },
  ): void;
}

/** The floor: a TreeWalker over every text node, reading its text. */
export function measureFloor(): number {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
  const ms = performance.now() - start;
  return chars > 0 ? ms : -1;
}

export interface EngineRun {
  ms: number;
  firstPaintMs: number;
  painted: number;
  candidates: number;
  accepted: number;
  /** One call of engine.mentions(): the panel's list and every export. */
  listMs: number;
  busyMs: number;
  recognizeMs: number;
  longestSliceMs: number;
  longestTaskMs: number;
}

/** Starts the engine with default options and waits until the page is scanned. */
export async function startEngine(): Promise<void> {
  await (window as unknown as BenchWindow).mineralLens.start().idle();
}

/**
 * Our engine from start (matcher compiled) to its last highlight painted: the later of the moment it
 * is idle (page scanned) and the end of the frame that painted the last ranges it registered (near
 * the viewport, registered when the IntersectionObserver reports their blocks).
 */
export async function measureEngine(): Promise<EngineRun> {
  const { mineralLens } = window as unknown as BenchWindow;
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const registered = () => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0);
  const start = performance.now();
  let firstPaintMs = -1;
  let lastPaintedAt = start;
  let seen = 0;
  let watching = true;
  const onFrame = () => {
    const now = registered();
    if (now !== seen) {
      seen = now;
      // The frame whose rAF saw the change paints it; just after that frame, it is on screen.
      setTimeout(() => {
        lastPaintedAt = performance.now();
        if (firstPaintMs < 0) firstPaintMs = lastPaintedAt - start;
      }, 0);
    }
    if (watching) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  const engine = mineralLens.start();
  await engine.idle();
  const idleAt = performance.now();
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await frame();
  await frame();
  watching = false;
  const ms = Math.max(idleAt, lastPaintedAt) - start;
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const stats = engine.stats();
  const ours = tasks.filter((t) => t.startTime >= start);
  // What the panel's list costs the page (the export reads the same list).
  const listStart = performance.now();
  const accepted = engine.mentions().length;
  const listMs = performance.now() - listStart;
  return {
    ms,
    firstPaintMs,
    painted: stats.painted,
    candidates: stats.candidates,
    accepted,
    listMs,
    busyMs: stats.busyMs,
    recognizeMs: stats.recognizeMs,
    longestSliceMs: stats.longestSliceMs,
    longestTaskMs: Math.max(0, ...ours.map((t) => t.duration)),
  };
}

/** mark.js with the same terms, through the frame after it finished. */
export async function measureMarkJs(terms: string[]): Promise<{ ms: number; marks: number }> {
  const { Mark } = window as unknown as BenchWindow;
  const start = performance.now();
  const marks = await new Promise<number>((done) =>
    new Mark(document.body).mark(terms, { accuracy: 'exactly', separateWordSearch: false, done }),
  );
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { ms: performance.now() - start, marks };
}

/** Appends paragraphs in one go; the engine's work (its slices) until it is idle again. */
export async function measureAppend(html: string): Promise<{ busyMs: number; wallMs: number; kind: string }> {
  const engine = (window as unknown as BenchWindow).mineralLens.engine!;
  const before = engine.stats();
  const start = performance.now();
  document.getElementById('story')!.insertAdjacentHTML('beforeend', html);
  await engine.idle();
  const after = engine.stats();
  return {
    busyMs: after.busyMs - before.busyMs,
    wallMs: performance.now() - start,
    kind: after.lastPass!.kind,
  };
}
