/**
 * The hostile page (test/fixtures/hostile-long-text.html: one ~1 MB text node of ambiguous words
 * around one real mention) with and without the extension, in the browsers that are installed.
 * Chromium, from a trace of the page's renderer from navigation until the paint has settled: the
 * longest task's wall time and CPU time, and the same of the tasks that ran the extension's code
 * (task-trace.ts). On a shared 2-core machine a task's wall time is mostly the other processes'
 * doing; its CPU time is mostly the page's. Then the engine alone, injected into the page as the engine's
 * own tests do: its longest slice and how long the scan took. Firefox has no trace here: the
 * longest gap in the page's own ping loop, with the extension and without.
 *
 *   tsx scripts/bench/hostile-page.ts   (needs `npm run build`; also run by npm run bench)
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { findBrowser } from '../../test/e2e/support/browsers';
import {
  CHROME_BUILD,
  launchBareChromium,
  launchChromium,
  launchFirefox,
} from '../../test/e2e/support/extension';
import { isPainted } from '../../test/e2e/support/highlight-probes';
import { serveFixtures, type FixtureServer } from '../../test/e2e/support/server';
import { bundleEngine } from './engine-bundle';
import type { EngineHandle } from './engine-entry';
import { median } from './median';
import { traceTasks, type TaskFigures } from './task-trace';

/** Runs of each kind: the worst is reported (a long task is what the page must never see). */
const RUNS = 3;
/** Without the extension nothing settles: the page is watched this long after it loads. */
const ALONE_MS = 3000;

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
const worst = <T>(rows: T[], pick: (row: T) => number) => Math.max(...rows.map(pick));

interface Responsiveness {
  longestGap: number;
  longestTask: number;
  running: boolean;
}

function readGap(): number {
  const measured = (window as unknown as { responsiveness: Responsiveness }).responsiveness;
  measured.running = false;
  return measured.longestGap;
}

/** The number of painted ranges, read from the page's main world. */
const paintedRanges = () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);

/** Until the real mention is painted and the paint holds still for 2 s (60 s at most). */
async function paintSettled(count: () => Promise<number>, painted: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await painted()) && waited < 240; waited++) await sleep(250);
  let last = await count();
  for (let stable = 0, waited = 0; stable < 8 && waited < 240; waited++) {
    await sleep(250);
    const now = await count();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

/** With the extension: until its highlights are painted and still; without it: ALONE_MS. */
const settle = (extension: boolean, ranges: () => Promise<number>, painted: () => Promise<boolean>) =>
  extension ? paintSettled(ranges, painted) : sleep(ALONE_MS);

/** One visit to the hostile page in Chromium, traced until it settles (or for ALONE_MS). */
async function chromiumVisit(
  page: Page,
  url: string,
  extension: boolean,
): Promise<TaskFigures & { gap: number }> {
  const stop = await traceTasks(await page.context().newCDPSession(page));
  await page.goto(url);
  await settle(
    extension,
    () => page.evaluate(paintedRanges),
    () => page.evaluate(isPainted, 'lithium'),
  );
  const gap = await page.evaluate(readGap);
  const figures = await stop();
  await page.close();
  return { ...figures, gap };
}

async function runChromium(path: string, server: FixtureServer): Promise<void> {
  const url = server.url('hostile-long-text.html');
  const alone: (TaskFigures & { gap: number })[] = [];
  const bare = await launchBareChromium(path);
  try {
    for (let i = 0; i < RUNS; i++) alone.push(await chromiumVisit(await bare.newPage(), url, false));
  } finally {
    await bare.close();
  }
  // BASELINE_BUILD=DIR: the same rows for another build (main's), measured in the same run.
  const builds = [{ label: '', dir: CHROME_BUILD }];
  if (process.env.BASELINE_BUILD) builds.push({ label: ' [baseline]', dir: process.env.BASELINE_BUILD });
  console.log(`  hostile page, one ~1 MB text node, headless Chromium ${bare.version()} (worst of ${RUNS}):`);
  console.log(`  ${''.padEnd(44)}${'wall'.padStart(10)}${'CPU'.padStart(11)}`);
  // One row: the worst run's wall and CPU time of one kind of task.
  const row = (label: string, runs: TaskFigures[], wall: keyof TaskFigures, cpu: keyof TaskFigures) =>
    console.log(
      `    ${label.padEnd(42)}${ms(worst(runs, (r) => r[wall]))} ${ms(worst(runs, (r) => r[cpu]))}`,
    );
  row('longest task, page alone', alone, 'wallMs', 'cpuMs');
  for (const build of builds) {
    const withExtension: (TaskFigures & { gap: number })[] = [];
    const session = await launchChromium(path, { build: build.dir });
    try {
      for (let i = 0; i < RUNS; i++)
        withExtension.push(await chromiumVisit(await session.context.newPage(), url, true));
    } finally {
      await session.close();
    }
    row(`longest task, with the extension${build.label}`, withExtension, 'wallMs', 'cpuMs');
    row("longest task running the extension's code", withExtension, 'extensionWallMs', 'extensionCpuMs');
    row('  the same, its start-up left out', withExtension, 'scanWallMs', 'scanCpuMs');
    console.log(
      `    the extension's tasks over 50 ms, per run: ${withExtension.map((r) => r.extensionLongByWall).join(', ')} by wall time, ${withExtension.map((r) => r.extensionLongByCpu).join(', ')} by CPU time`,
    );
    console.log(
      `    longest gap in the page's ping loop: alone ${ms(worst(alone, (r) => r.gap)).trim()}, with the extension ${ms(worst(withExtension, (r) => r.gap)).trim()}`,
    );
  }
}

/** The engine injected into the page (no extension): its own longest slice, and the scan's length. */
async function runEngine(path: string, server: FixtureServer): Promise<void> {
  const bundle = await bundleEngine();
  const browser = await launchBareChromium(path);
  try {
    const context = await browser.newContext();
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const rows: { idleMs: number; sliceMs: number; kept: number; task: TaskFigures }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(server.url('hostile-long-text.html'));
      await page.addScriptTag({ content: bundle });
      const stop = await traceTasks(await context.newCDPSession(page));
      const scan = await page.evaluate(async () => {
        const started = performance.now();
        const engine = (window as unknown as { mineralLens: EngineHandle }).mineralLens.start();
        await engine.idle();
        const stats = engine.stats();
        return { idleMs: performance.now() - started, sliceMs: stats.longestSliceMs, kept: stats.candidates };
      });
      rows.push({ ...scan, task: await stop() });
      await page.close();
    }
    console.log(`  the engine injected into the same page, no extension (worst of ${RUNS}):`);
    console.log(`    scan to idle (median)                  ${ms(median(rows.map((r) => r.idleMs)))}`);
    console.log(`    the engine's longest slice (wall)      ${ms(worst(rows, (r) => r.sliceMs))}`);
    console.log(
      `    longest task during the scan           ${ms(worst(rows, (r) => r.task.wallMs))} wall, ${ms(worst(rows, (r) => r.task.cpuMs)).trim()} CPU`,
    );
    console.log(
      `    mentions kept for the node             ${String(worst(rows, (r) => r.kept)).padStart(10)}`,
    );
  } finally {
    await browser.close();
  }
}

async function runFirefox(path: string, server: FixtureServer): Promise<void> {
  const url = server.url('hostile-long-text.html');
  const visit = async (newPage: () => Promise<PuppeteerPage>, extension: boolean) => {
    const page = await newPage();
    await page.goto(url);
    await settle(
      extension,
      () => page.evaluate(paintedRanges),
      () => page.evaluate(isPainted, 'lithium'),
    );
    const gap = await page.evaluate(readGap);
    await page.close();
    return gap;
  };
  const alone: number[] = [];
  const bare = await puppeteer.launch({ browser: 'firefox', executablePath: path, headless: true });
  try {
    for (let i = 0; i < RUNS; i++) alone.push(await visit(() => bare.newPage(), false));
  } finally {
    await bare.close();
  }
  const withExtension: number[] = [];
  const session = await launchFirefox(path);
  try {
    for (let i = 0; i < RUNS; i++) withExtension.push(await visit(() => session.browser.newPage(), true));
  } finally {
    await session.close();
  }
  console.log(`  the same page in headless Firefox (worst of ${RUNS}; no task timings there):`);
  console.log(
    `    longest gap in the page's ping loop: alone ${ms(Math.max(...alone)).trim()}, with the extension ${ms(Math.max(...withExtension)).trim()}`,
  );
}

export async function runHostilePageBench(): Promise<void> {
  const server = await serveFixtures();
  // Wall times grow with the machine's load; CPU times far less.
  console.log(`  machine load average at start: ${loadavg()[0]!.toFixed(1)}`);
  try {
    const chromium = findBrowser('chromium');
    if (chromium) {
      await runChromium(chromium, server);
      await runEngine(chromium, server);
    } else console.log('  hostile page in Chromium skipped: Chromium not found');
    const firefox = findBrowser('firefox');
    if (firefox) await runFirefox(firefox, server);
    else console.log('  hostile page in Firefox skipped: Firefox not found');
  } finally {
    await server.close();
  }
  console.log(`  machine load average at end: ${loadavg()[0]!.toFixed(1)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runHostilePageBench();
