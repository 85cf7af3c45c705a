// The cost every page pays (issue 15), as a reader's browser sees it: headless Chromium loads each
// page three ways in one run, with the built extension (.output/chrome-mv3), bare, and with mark.js
// highlighting every alias on load, and a CPU profile of each load says whose JavaScript ran; the
// extension's service worker is profiled over the same window, as what it does for a page is paid
// by the reader's browser too. A fourth way is the floor, a minimal extension of this kind
// (floor-extension.ts), loaded alternately with the build, so the figures say how near it we are.
// `npm run bench` runs it; `npx tsx scripts/bench/start-up.ts` alone, after `npx wxt build`.
// BENCH_BASE=dir (e.g. a copy of main's build) loads that build too, alternately with this one in
// the same run: on a shared machine the same build's figures drift by 20-40 % from run to run, so
// two builds are compared load by load, never across runs.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { findBrowser } from '../../test/e2e/support/browsers';
import { CHROME_BUILD, launchBareChromium, launchChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { median } from './median';
import { SAVED_SETTINGS, saveReaderSettings } from './saved-settings';
import { watchBackground } from './start-up-background';
import { writeFloorExtension } from './floor-extension';
import { benchNotebook } from './start-up-notebook';
import { highlightsSettled, profileLoad, PROBE_SCRIPT, type LoadFigures } from './start-up-profile';
import { AD_FRAMES, markJsTerms, startUpPages, type StartUpPage } from './start-up-pages';

/** Loads per page and way (BENCH_RUNS=n for more, on a noisy machine). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ms = (x: number) => (Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);
const mb = (x: number) => (Number.isNaN(x) ? '—' : `${(x / 1024 / 1024).toFixed(2)} MB`);
const kb = (x: number) => `${(x / 1024).toFixed(1)} kB`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

/** The build under test: .output/chrome-mv3, or another (BENCH_BUILD=dir, e.g. a copy of main's). */
const BUILD = process.env.BENCH_BUILD ?? CHROME_BUILD;
/** A build to compare with (BENCH_BASE=dir): each of its loads follows or precedes one of BUILD's. */
const BASE = process.env.BENCH_BASE;
/**
 * BENCH_WORKER=cold stops the extension's service worker before each load, as Chrome does after
 * 30 s without an event: the page's first message then starts it. By default it is running, as it
 * stays while DevTools (the bench) is attached to it.
 */
const COLD_WORKER = process.env.BENCH_WORKER === 'cold';

/** A built script's size, raw and gzipped. */
function sizeOf(file: string): { bytes: number; gzip: number } {
  const body = readFileSync(join(BUILD, file));
  return { bytes: body.length, gzip: gzipSync(body).length };
}

/** The scripts the manifest injects (in the top frame, in every frame), and those imported later. */
function scriptSizes(): string[] {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; all_frames?: boolean }[];
    web_accessible_resources?: { resources: string[] }[];
  };
  const imported = (manifest.web_accessible_resources ?? [])
    .flatMap((r) => r.resources)
    .filter((f) => f.endsWith('.js'));
  const describe = (file: string) => {
    const { bytes, gzip } = sizeOf(file);
    return `${file} ${kb(bytes)} (${kb(gzip)} gzipped)`;
  };
  return [
    ...(manifest.content_scripts ?? []).map(
      (c) =>
        `${c.all_frames ? 'in every frame' : 'in the top frame'}: ${(c.js ?? []).map(describe).join(', ')}`,
    ),
    ...imported.map((file) => `imported when needed: ${describe(file)}`),
  ];
}

/** The median of the runs that have the figure (a worker's profile is lost if it stops mid-load). */
const medianOf = (runs: LoadFigures[], key: keyof LoadFigures) => {
  const known = runs.map((r) => r[key]).filter((x) => !Number.isNaN(x));
  return known.length ? median(known) : Number.NaN;
};
/** Page and background JavaScript of each load, added up before the median is taken. */
const totalsOf = (runs: LoadFigures[]) =>
  runs.map((r) => ({ ...r, oursMs: r.oursMs + r.backgroundMs })).filter((r) => !Number.isNaN(r.oursMs));
const runsOf = (runs: LoadFigures[], key: keyof LoadFigures) =>
  runs.map((r) => (Number.isNaN(r[key]) ? 'lost' : r[key].toFixed(1))).join(', ');

/** One build's loads of a page: with the profiler, and as many without it. */
interface BuildRuns {
  profiled: LoadFigures[];
  plain: LoadFigures[];
}

/** This build's figures beside the base's (BENCH_BASE), loaded alternately in this run. */
function compareWithBase(ours: BuildRuns, base: BuildRuns) {
  const pair = (label: string, of: (runs: LoadFigures[]) => number, plain = false) => {
    const a = of(plain ? ours.plain : ours.profiled);
    const b = of(plain ? base.plain : base.profiled);
    const difference = Number.isNaN(a - b) ? '' : ` (${a <= b ? '' : '+'}${ms(a - b)})`;
    line(`  ${label}`, `${ms(a)} against ${ms(b)}${difference}`);
  };
  console.log(`    this build against ${BASE}, loaded alternately (medians of ${RUNS} loads each):`);
  pair('page JS', (runs) => medianOf(runs, 'oursMs'));
  pair('background JS', (runs) => medianOf(runs, 'backgroundMs'));
  pair('in all', (runs) => medianOf(totalsOf(runs), 'oursMs'));
  pair('first highlights after load', (runs) => medianOf(runs, 'firstShownMs'), true);
  pair('  in the profiled loads', (runs) => medianOf(runs, 'firstShownMs'));
  pair('main-thread time (TaskDuration)', (runs) => medianOf(runs, 'taskMs'));
}

export async function runStartUpBench(): Promise<void> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) {
    console.error('Start-up bench: Chromium not found (apt-get install chromium, or set CHROMIUM_PATH).');
    process.exitCode = 1;
    return;
  }
  try {
    statSync(join(BUILD, 'manifest.json'));
  } catch {
    console.error(`Start-up bench: no build in ${BUILD} (npx wxt build).`);
    process.exitCode = 1;
    return;
  }
  const { files, pages } = startUpPages();
  const terms = markJsTerms(MATCH_INDEX);
  const dir = mkdtempSync(join(tmpdir(), 'ml-start-up-'));
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(dir, name), body);
    // The same page with mark.js run on load, from files the profile can tell apart.
    if (name.endsWith('.html') && name !== 'ad.html') {
      const marked = body.replace(
        '</body>',
        '<script src="mark.min.js"></script><script src="mark-run.js"></script></body>',
      );
      writeFileSync(join(dir, name.replace('.html', '-markjs.html')), marked);
    }
  }
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>\n');
  writeFileSync(
    join(dir, 'mark.min.js'),
    readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8'),
  );
  writeFileSync(
    join(dir, 'mark-run.js'),
    // After the load event, as an extension would: on 100,000 words it holds the thread for seconds.
    `addEventListener('load', () => setTimeout(() => new Mark(document.body).mark(${JSON.stringify(terms)}, ` +
      `{ accuracy: 'exactly', separateWordSearch: false, done: () => (window.__markDone = true) })));\n`,
  );
  const server = await serveFixtures(dir);
  const floorSession = await launchChromium(executablePath, {
    build: writeFloorExtension(
      join(dir, 'floor-extension'),
      terms,
      process.env.BENCH_FLOOR === 'page' ? 'page' : 'worker',
    ),
  });
  const floorBackground = await watchBackground(floorSession);
  const session = await launchChromium(executablePath, { build: BUILD });
  if (SAVED_SETTINGS) await saveReaderSettings(session);
  const background = await watchBackground(session);
  const baseSession = BASE ? await launchChromium(executablePath, { build: BASE }) : undefined;
  if (baseSession && SAVED_SETTINGS) await saveReaderSettings(baseSession);
  const baseBackground = baseSession && (await watchBackground(baseSession));
  const bare = await launchBareChromium(executablePath);
  const bareContext = await bare.newContext();
  for (const context of [
    session.context,
    bareContext,
    floorSession.context,
    ...(baseSession ? [baseSession.context] : []),
  ])
    await context.addInitScript({ content: PROBE_SCRIPT });
  const isExtension = (url: string) => url.startsWith('chrome-extension://');
  const isMarkJs = (url: string) => /\/mark(\.min|-run)\.js$/.test(url);
  const markDone = async (page: Page) => {
    await page.waitForFunction(() => (window as unknown as { __markDone?: boolean }).__markDone, undefined, {
      timeout: 120_000,
      polling: 200,
    });
    await page.waitForTimeout(300);
  };
  const load = (
    context: BrowserContext,
    file: string,
    isOurs: (url: string) => boolean,
    settled: (page: Page) => Promise<void>,
    withBackground?: typeof background,
    profiled = true,
  ) =>
    profileLoad(context, server.url('blank.html'), server.url(file), isOurs, settled, {
      background: withBackground,
      coldWorker: COLD_WORKER,
      profiled,
    });
  const runs = async (
    context: BrowserContext,
    file: string,
    isOurs: (url: string) => boolean,
    settled: (page: Page) => Promise<void>,
    profiled = true,
  ) => {
    const out: LoadFigures[] = [];
    for (let i = 0; i < RUNS; i++) out.push(await load(context, file, isOurs, settled, undefined, profiled));
    return out;
  };
  /**
   * This build's loads, the floor's, and the base's if there is one, alternately (each first in
   * turn): profiled, then as many without the profiler, for the first highlights as a reader sees them.
   */
  const extensionRuns = async (file: string) => {
    const build = (context: BrowserContext, worker: typeof background | undefined) => ({
      context,
      worker,
      runs: { profiled: [], plain: [] } as BuildRuns,
    });
    const ours = build(session.context, background);
    const floor = build(floorSession.context, floorBackground);
    const base = baseSession && build(baseSession.context, baseBackground);
    const builds = [ours, floor, ...(base ? [base] : [])];
    for (const profiled of [true, false])
      for (let i = 0; i < RUNS; i++)
        for (const { context, worker, runs } of i % 2 === 0 ? builds : builds.toReversed())
          (profiled ? runs.profiled : runs.plain).push(
            await load(context, file, isExtension, highlightsSettled, worker, profiled),
          );
    return { ours: ours.runs, floor: floor.runs, base: base?.runs };
  };
  /** One row a page, for the table at the end. */
  const summary: string[] = [];

  try {
    console.log(
      `\nStart-up bench (issue 15): headless Chromium ${bare.version()}, medians of ${RUNS} page loads each`,
    );
    console.log(`  build: ${BUILD}${SAVED_SETTINGS ? ', as a reader with saved settings' : ''}`);
    if (BASE) console.log(`  compared with: ${BASE}, its loads alternating with this build's`);
    for (const size of scriptSizes()) console.log(`  content script ${size}`);
    // Samples count wall time: on a machine busy with other work, every figure grows with its load.
    console.log(`  machine load average at start: ${loadavg()[0]!.toFixed(1)}`);
    console.log(
      `  CPU profile at 500 µs; "JS" = samples with an extension (or mark.js) frame anywhere on the stack`,
    );
    console.log(
      `  the extension's service worker profiled over the same window (all its JS is ours); ` +
        `${COLD_WORKER ? 'stopped before each load (BENCH_WORKER=cold): the page wakes it' : 'running, as DevTools keeps it (BENCH_WORKER=cold: asleep)'}`,
    );
    let articleHeap = 0;
    let articleCpu = 0;
    for (const page of pages) {
      const only = process.env.BENCH_PAGES?.split(',');
      if (only && !only.includes(page.name)) continue;
      await benchPage(page);
    }
    if (summary.length) {
      console.log(`\n  Medians of ${RUNS} loads (markdown):\n`);
      console.log(
        '| page | extension JS (page) | background JS | JS in all | first highlights | heap added | worker heap | floor: page, in all |',
      );
      console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
      for (const row of summary) console.log(row);
    }
    // The article with the notebook on, beside it off (issue 17); BENCH_PAGES=article-notebook alone.
    if (!process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes('article-notebook'))
      await benchNotebook({
        executablePath,
        build: BUILD,
        off: session,
        offBackground: background,
        coldWorker: COLD_WORKER,
        server,
        file: 'article.html',
        runs: RUNS,
        line,
      });

    async function benchPage(page: StartUpPage) {
      const { ours, floor, base } = await extensionRuns(page.file);
      const { profiled: ext, plain: oursPlain } = ours;
      // Settled as the extension's loads are (at least 2.25 s after load): the figures "added" below
      // subtract this load's main-thread and renderer time, which grow with the time measured.
      const alone = await runs(bareContext, page.file, () => false, highlightsSettled);
      const alonePlain = await runs(bareContext, page.file, () => false, highlightsSettled, false);
      // On a loaded machine mark.js may not finish the 100,000-word page in time: say so, and go on.
      const mark = await runs(
        bareContext,
        page.file.replace('.html', '-markjs.html'),
        isMarkJs,
        markDone,
      ).catch((error: Error) => {
        console.log(`  mark.js: ${error.message.split('\n')[0]}`);
        return [] as LoadFigures[];
      });
      const ourJs = medianOf(ext, 'oursMs');
      const markJs = medianOf(mark, 'oursMs');
      const pageTask = medianOf(alone, 'taskMs');
      const heapAdded = medianOf(ext, 'heapBytes') - medianOf(alone, 'heapBytes');
      console.log(
        `\n  ${page.label} (${page.words.toLocaleString('en-US')} words, ${page.frames} frame${page.frames > 1 ? 's' : ''})`,
      );
      line('extension JavaScript (CPU profile)', `${ms(ourJs)}  (runs: ${runsOf(ext, 'oursMs')})`);
      const woken = ext.filter((r) => r.backgroundWoke).length;
      line(
        '  background JavaScript (service worker)',
        `${ms(medianOf(ext, 'backgroundMs'))}  (runs: ${runsOf(ext, 'backgroundMs')}` +
          `${woken ? `; the page woke it in ${woken} of ${ext.length}` : ''})`,
      );
      const totalJs = medianOf(totalsOf(ext), 'oursMs');
      line('  in all, page + background', `${ms(totalJs)}  (runs: ${runsOf(totalsOf(ext), 'oursMs')})`);
      if (base) compareWithBase(ours, base);
      const firstShown = medianOf(oursPlain, 'firstShownMs');
      line(
        'first highlights on screen after load event',
        `${ms(firstShown)}  (${Number.isNaN(firstShown) ? '' : `runs: ${runsOf(oursPlain, 'firstShownMs')}; `}` +
          `${median(oursPlain.map((r) => r.highlights))} ranges registered; loads without the profiler)`,
      );
      line('  in the profiled loads', ms(medianOf(ext, 'firstShownMs')));
      const floorJs = medianOf(floor.profiled, 'oursMs');
      const floorTotal = medianOf(totalsOf(floor.profiled), 'oursMs');
      line(
        'the floor (floor-extension.ts): page, in all',
        `${ms(floorJs)}, ${ms(floorTotal)}; first highlights ${ms(medianOf(floor.plain, 'firstShownMs'))} ` +
          `(${median(floor.plain.map((r) => r.highlights))} ranges)`,
      );
      line(
        '  us / floor: page JS, in all',
        `${(ourJs / floorJs).toFixed(1)}x, ${(totalJs / floorTotal).toFixed(1)}x`,
      );
      line(
        'longest main-thread task, with / without us',
        `${ms(medianOf(ext, 'longestTaskMs'))} / ${ms(medianOf(alone, 'longestTaskMs'))}  ` +
          `(worst run with us: ${ms(Math.max(...ext.map((r) => r.longestTaskMs)))}; 0 = none over 50 ms)`,
      );
      line('  longest unbroken run of our samples', ms(Math.max(...ext.map((r) => r.oursStretchMs))));
      // What loads with us (the extension's, or mark.js's) add to the bare page's, over the same window.
      const added = (runs: LoadFigures[], bare: LoadFigures[], key: 'taskMs' | 'cpuMs') =>
        medianOf(runs, key) - medianOf(bare, key);
      line(
        'main-thread time added (CDP TaskDuration)',
        `${ms(added(ext, alone, 'taskMs'))}  (the page alone: ${ms(pageTask)}; ` +
          `us / page ${(added(ext, alone, 'taskMs') / pageTask).toFixed(2)}x)`,
      );
      // The profiler slows what it watches (it logs every function V8 compiles): the same without it.
      line('  in loads without the profiler', ms(added(oursPlain, alonePlain, 'taskMs')));
      const cpuAdded = added(ext, alone, 'cpuMs');
      line(
        'renderer CPU time added (CDP ProcessTime)',
        `${ms(cpuAdded)}  (the page alone: ${ms(medianOf(alone, 'cpuMs'))}; with mark.js: ` +
          `${ms(added(mark, alone, 'cpuMs'))} added; least affected by the machine's load)`,
      );
      line('  in loads without the profiler', ms(added(oursPlain, alonePlain, 'cpuMs')));
      if (page.name === 'article') articleCpu = cpuAdded;
      if (page.adFrame && articleCpu) line(`  per ${page.adFrame}`, ms((cpuAdded - articleCpu) / AD_FRAMES));
      line('JS heap added', `${mb(heapAdded)}  (${mb(heapAdded / page.frames)} per frame)`);
      line("  the service worker's JS heap after GC", mb(medianOf(ext, 'backgroundHeapBytes')));
      if (page.name === 'article') articleHeap = heapAdded;
      if (page.adFrame && articleHeap)
        line(`  per ${page.adFrame}`, mb((heapAdded - articleHeap) / AD_FRAMES));
      line(
        'mark.js 8.11, every alias, on load',
        `${ms(markJs)} JS, marks on screen ${ms(medianOf(mark, 'firstShownMs'))} after load; ` +
          `us / mark.js ${(ourJs / markJs).toFixed(2)}x`,
      );
      summary.push(
        `| ${page.label} | ${ms(ourJs)} | ${ms(medianOf(ext, 'backgroundMs'))} | ${ms(totalJs)} | ` +
          `${ms(firstShown)} | ${mb(heapAdded)} | ${mb(medianOf(ext, 'backgroundHeapBytes'))} | ` +
          `${ms(floorJs)}, ${ms(floorTotal)} |`,
      );
    }
  } finally {
    await background.close();
    await session.close();
    await baseBackground?.close();
    await baseSession?.close();
    await floorBackground.close();
    await floorSession.close();
    await bare.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`  machine load average at end: ${loadavg()[0]!.toFixed(1)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runStartUpBench();
