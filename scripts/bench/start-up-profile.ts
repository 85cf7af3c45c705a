// One page load under the start-up bench, measured over CDP: a CPU profile (500 µs sampling) from
// before navigation to the settled page, the page's own probes (first highlight, long tasks), the
// renderer's main-thread time and the JS heap after GC. Whose JavaScript a sample is: any frame on
// its stack from a script whose address `isOurs` accepts. With the extension, its service worker is
// profiled over the same window (start-up-background.ts): what the background does for the page.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BackgroundProfiler } from './start-up-background';
import { SAMPLING_US, samplesOf, type Profile } from './start-up-samples';

export type { Profile, ProfileNode } from './start-up-samples';

/** Runs in every page before its own scripts (main world): when highlights first show, long tasks. */
export const PROBE_SCRIPT = `(() => {
  if (window !== window.top) return;
  const probe = (window.__mlProbe = { firstHighlight: -1, firstMark: -1, longest: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longest = Math.max(probe.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const painted = () => {
    for (const h of CSS.highlights.values()) if (h.size > 0) return true;
    return false;
  };
  const onFrame = () => {
    const now = performance.now();
    // The frame whose rAF sees the change paints it: just after it, it is on screen.
    if (probe.firstHighlight < 0 && painted()) setTimeout(() => (probe.firstHighlight = performance.now()), 0);
    if (probe.firstMark < 0 && document.querySelector('mark')) setTimeout(() => (probe.firstMark = performance.now()), 0);
    if (now < 30000 && (probe.firstHighlight < 0 || probe.firstMark < 0)) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})();`;

export interface LoadFigures {
  /** Time of samples with one of our frames on the stack. */
  oursMs: number;
  /** The longest stretch of consecutive samples that are ours: a lower bound on our longest task. */
  oursStretchMs: number;
  /** First highlight (or mark) on screen, after the load event; negative when before it. */
  firstShownMs: number;
  longestTaskMs: number;
  /** Renderer main-thread task time (CDP Performance TaskDuration) until settled. */
  taskMs: number;
  /**
   * The renderer process's CPU time (CDP Performance ProcessTime) until settled: unlike the figures
   * above, which count wall time, it hardly grows when other work shares the machine's cores.
   */
  cpuMs: number;
  heapBytes: number;
  highlights: number;
  /** The extension's service worker over the same window: its JavaScript (NaN: its profile was lost). */
  backgroundMs: number;
  /** Its JS heap after GC at the end (0 while it sleeps). */
  backgroundHeapBytes: number;
  /** 1 when the page's load started the worker, else 0 (a number, as every other figure). */
  backgroundWoke: number;
}

/** A load without the extension has no background. */
const NO_BACKGROUND = { ms: 0, heapBytes: 0, woke: false };

async function metrics(cdp: CDPSession): Promise<{ task: number; cpu: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { task: ms('TaskDuration'), cpu: ms('ProcessTime') };
}

/** A CPU profile, sampled every `intervalUs`, of what the page runs while `run` does its part. */
export async function profileWhile(
  cdp: CDPSession,
  intervalUs: number,
  run: () => Promise<void>,
): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  return profile as Profile;
}

/**
 * Loads `url` in a fresh tab of `context` (after a same-site blank page, so the renderer and the
 * profiler survive the navigation), waits until `settled` says so, and measures.
 */
export async function profileLoad(
  context: BrowserContext,
  blankUrl: string,
  url: string,
  isOurs: (url: string) => boolean,
  settled: (page: Page) => Promise<void>,
  /**
   * The extension's background, profiled from just before the page's profile to just after it.
   * `profiled: false` loads without either profiler (no JS figures; a cold worker is still put to
   * sleep first): the profiler logs every function V8 compiles, which delays a script compiled
   * whole as it loads (first highlights).
   */
  {
    background,
    coldWorker = false,
    profiled = true,
  }: { background?: BackgroundProfiler; coldWorker?: boolean; profiled?: boolean } = {},
): Promise<LoadFigures> {
  const page = await context.newPage();
  try {
    await page.goto(blankUrl);
    const cdp = await context.newCDPSession(page);
    // As a reader's browser finds it after 30 s without an extension event: the page's message wakes it.
    if (background && coldWorker) await background.putToSleep(cdp);
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    if (profiled) await background?.start();
    const run = async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await settled(page);
    };
    const profile = profiled ? await profileWhile(cdp, SAMPLING_US, run) : await run();
    const worker = (profiled && (await background?.stop())) || NO_BACKGROUND;
    const after = await metrics(cdp);
    const probe = await page.evaluate(() => {
      const p = (
        window as unknown as { __mlProbe: { firstHighlight: number; firstMark: number; longest: number } }
      ).__mlProbe;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const first = p.firstHighlight >= 0 ? p.firstHighlight : p.firstMark;
      return {
        firstShownMs: first >= 0 ? first - nav.loadEventEnd : Number.NaN,
        longestTaskMs: p.longest,
        highlights: [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0),
      };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    const ours = profile
      ? samplesOf(profile, (frame) => isOurs(frame.url), SAMPLING_US)
      : { ms: Number.NaN, stretchMs: Number.NaN };
    return {
      oursMs: ours.ms,
      oursStretchMs: ours.stretchMs,
      taskMs: after.task - before.task,
      cpuMs: after.cpu - before.cpu,
      heapBytes: usedSize,
      ...probe,
      backgroundMs: worker.ms,
      backgroundHeapBytes: worker.heapBytes,
      backgroundWoke: worker.woke ? 1 : 0,
    };
  } finally {
    await page.close();
  }
}

/** Waits until the painted range count holds still for `quietMs` (at least `minMs` after load). */
export async function highlightsSettled(page: Page, minMs = 1500, quietMs = 750): Promise<void> {
  await page.waitForTimeout(minMs);
  let last = -1;
  for (;;) {
    const count = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
    if (count === last) return;
    last = count;
    await page.waitForTimeout(quietMs);
  }
}
