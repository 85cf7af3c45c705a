// Which of the extension's main-thread tasks run long at start-up, and what runs in each (issue 15:
// no task over 50 ms). Loads pages of the start-up bench with the built extension, traces each load
// and takes a CPU profile beside it, and lists every task holding our code that took longer than
// LONG_MS (30): its wall and thread time, the trace events inside it, and (in an unminified build)
// our functions sampled in it. Then, per page, our longest task per load: median and worst.
// `npx tsx scripts/bench/long-tasks.ts [pages, e.g. article,plain] [loads]`; BENCH_BUILD=dir,
// LONG_MS=n, LONG_PROFILE=0 (trace only: the profiler's sampling lengthens every task somewhat).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { findBrowser } from '../../test/e2e/support/browsers';
import { CHROME_BUILD, launchChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { median } from './median';
import { highlightsSettled, profileWhile, type Profile } from './start-up-profile';
import { startUpPages } from './start-up-pages';
import { tasksOf, type Task, type TraceEvent } from './task-trace';
import { inTask, isExtension, ourSamples, taskContents } from './long-task-contents';

const BUILD = process.env.BENCH_BUILD ?? CHROME_BUILD;
const LONG_MS = Number(process.env.LONG_MS ?? 30);
const PROFILE = process.env.LONG_PROFILE !== '0';
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  '__metadata',
];

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The page's main thread: the renderer thread that ran our scripts. */
function mainThreadOf(events: TraceEvent[]): string | undefined {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = events.find((e) => main.has(`${e.pid}:${e.tid}`) && isExtension(e));
  return ours && `${ours.pid}:${ours.tid}`;
}

interface LoadResult {
  longestWall: number;
  longestCpu: number;
  long: string[];
}

function readLoad(events: TraceEvent[], profile: Profile | undefined): LoadResult {
  const thread = mainThreadOf(events);
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === thread);
  const tasks = tasksOf(onMain.filter((e) => e.ph === 'X' && e.cat.includes('toplevel')));
  const samples = profile ? ourSamples(profile) : [];
  const ours = (task: Task) =>
    onMain.some((e) => isExtension(e) && inTask(task)(e)) ||
    samples.some((s) => s.ts >= task.ts && s.ts < task.end);
  const result: LoadResult = { longestWall: 0, longestCpu: 0, long: [] };
  for (const task of tasks.filter(ours)) {
    const wall = (task.end - task.ts) / 1000;
    result.longestWall = Math.max(result.longestWall, wall);
    result.longestCpu = Math.max(result.longestCpu, task.cpu / 1000);
    if (wall > LONG_MS) result.long.push(...taskContents(task, onMain, samples));
  }
  return result;
}

const pageNames = (process.argv[2] ?? 'article,plain').split(',');
const loads = Number(process.argv[3] ?? 5);
const { files, pages } = startUpPages();
const dir = mkdtempSync(join(tmpdir(), 'ml-long-tasks-'));
for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>\n');
const server = await serveFixtures(dir);
const session = await launchChromium(findBrowser('chromium')!, { build: BUILD });
console.log(`Long tasks: ${BUILD}, ${loads} loads per page, tasks with our code over ${LONG_MS} ms`);
console.log(
  `  load average at start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
try {
  for (const name of pageNames) {
    const page = pages.find((p) => p.name === name);
    if (!page) throw new Error(`no page ${name}: ${pages.map((p) => p.name).join(', ')}`);
    const results: LoadResult[] = [];
    // One load first, unmeasured: the first navigation also warms the browser's own caches.
    for (let i = 0; i <= loads; i++) {
      const tab = await session.context.newPage();
      await tab.goto(server.url('blank.html'));
      const cdp = await session.context.newCDPSession(tab);
      let profile: Profile | undefined;
      const load = async () => {
        await tab.goto(server.url(page.file), { waitUntil: 'load' });
        await highlightsSettled(tab, 1200, 500);
      };
      const events = await trace(cdp, async () => {
        if (PROFILE) profile = await profileWhile(cdp, 250, load);
        else await load();
      });
      await tab.close();
      if (i === 0) continue;
      const result = readLoad(events, profile);
      results.push(result);
      for (const line of result.long) console.log(`  ${name} load ${i}: ${line}`);
    }
    const walls = results.map((r) => r.longestWall);
    const cpus = results.map((r) => r.longestCpu);
    console.log(`\n  ${page.label}: our longest task per load, ${loads} loads`);
    console.log(
      `    wall ms: median ${median(walls).toFixed(1)}, max ${Math.max(...walls).toFixed(1)}  (${fmt(walls)})`,
    );
    console.log(
      `    thread ms: median ${median(cpus).toFixed(1)}, max ${Math.max(...cpus).toFixed(1)}  (${fmt(cpus)})`,
    );
    console.log(`    loads with one over 50 ms (wall): ${walls.filter((w) => w > 50).length}\n`);
  }
} finally {
  await session.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `  load average at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
