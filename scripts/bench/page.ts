// The page engine's bench, in headless Chromium: a bare TreeWalker pass (the floor), our engine from
// start to last highlight painted, and mark.js with the same terms, all on one generated page in one
// run; then the longest main-thread task during our scan, the cost of appended content, the CPU share
// on a page that mutates 1,000 times a second, and the JS heap the built extension's content script
// adds. `npm run bench` runs it (scripts/bench/run.ts); `npx tsx scripts/bench/page.ts` alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { findBrowser } from '../../test/e2e/support/browsers';
import { launchBareChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { generateBenchPage, generateParagraphs } from './bench-page';
import { bundleEngine } from './engine-bundle';
import { median } from './median';
import { measureHeap } from './page-heap';
import { measureAppend, measureEngine, measureFloor, measureMarkJs, startEngine } from './page-measures';
import { measureCpuShare, MUTATE_SECONDS } from './page-mutating';

const RUNS = 5;
const SETTLE_MS = 1000; // After load, so no measurement pays for the page's own parsing and first paint.
const ms = (x: number) => `${x.toFixed(1)} ms`;
const n = (x: number) => x.toLocaleString('en-US');
const line = (label: string, value: string) => console.log(`  ${label.padEnd(50)} ${value}`);

export async function runPageBench(): Promise<void> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) {
    console.error('Page bench: Chromium not found (apt-get install chromium, or set CHROMIUM_PATH).');
    process.exitCode = 1;
    return;
  }
  const index = MATCH_INDEX;
  const terms = [...new Set(index.terms.flatMap((t) => t.aliases.map((a) => a.text)))];
  const big = generateBenchPage(2000, terms);
  const small = generateBenchPage(200, terms);
  const extra = generateParagraphs(1000, terms, 7).paragraphs;
  const dir = mkdtempSync(join(tmpdir(), 'ml-bench-'));
  writeFileSync(join(dir, 'big.html'), big.html);
  writeFileSync(join(dir, 'small.html'), small.html);
  const server = await serveFixtures(dir);
  const bundle = await bundleEngine();
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const browser = await launchBareChromium(executablePath);
  const context = await browser.newContext();
  // tsx (esbuild, keepNames) wraps named inner functions in __name(); functions sent to the page need it.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });

  const open = async (file: string, script?: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(server.url(file));
    if (script) await page.addScriptTag({ content: script });
    await page.waitForTimeout(SETTLE_MS);
    return page;
  };
  /** A fresh page per run: each run starts as cold as a page load. */
  const eachRun = async <T>(
    file: string,
    script: string | undefined,
    run: (page: Page) => Promise<T>,
    runs = RUNS,
  ) => {
    const results: T[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await open(file, script);
      results.push(await run(page));
      await page.close();
    }
    return results;
  };
  const appendCost = async (file: string, paragraphs: string[]) => {
    const results = await eachRun(
      file,
      bundle,
      async (page) => {
        await page.evaluate(startEngine);
        await page.waitForTimeout(SETTLE_MS);
        return page.evaluate(measureAppend, paragraphs.join('\n'));
      },
      3,
    );
    return { busyMs: median(results.map((r) => r.busyMs)), kind: results[0]!.kind };
  };

  try {
    console.log(`\nPage engine bench: headless Chromium ${browser.version()}`);
    console.log(
      `  page: ${n(big.paragraphs.length)} paragraphs, ${n(big.words)} words; ` +
        `terms: ${index.terms.length} entries, ${terms.length} distinct aliases (the shipped match index)`,
    );
    const floor = median(await eachRun('big.html', undefined, (page) => page.evaluate(measureFloor)));
    const runs = await eachRun('big.html', bundle, (page) => page.evaluate(measureEngine));
    const engine = median(runs.map((r) => r.ms));
    const [mark] = await eachRun('big.html', markJs, (page) => page.evaluate(measureMarkJs, terms), 1);

    line('TreeWalker pass reading all text (the floor)', `${ms(floor)}  (median of ${RUNS})`);
    line(
      'our engine, start to last highlight painted',
      `${ms(engine)}  (median of ${RUNS}; ${(engine / floor).toFixed(0)}x the floor)`,
    );
    line('  first highlights on screen after', ms(median(runs.map((r) => r.firstPaintMs))));
    line(
      '  engine main-thread work / of it, the recognizer',
      `${ms(median(runs.map((r) => r.busyMs)))} / ${ms(median(runs.map((r) => r.recognizeMs)))}`,
    );
    line('  mentions found / candidates kept', `${n(runs[0]!.accepted)} / ${n(runs[0]!.candidates)}`);
    line('  ranges registered (blocks near the viewport)', n(runs[0]!.painted));
    line('  listing every mention (panel list, exports)', ms(median(runs.map((r) => r.listMs))));
    line('mark.js 8.11, same terms, through next frame', `${ms(mark!.ms)}  (1 run; ${n(mark!.marks)} marks)`);
    line('our engine vs mark.js', `${(mark!.ms / engine).toFixed(0)}x faster  (goal: at least 100x)`);
    const longestTask = Math.max(...runs.map((r) => r.longestTaskMs));
    line(
      'longest main-thread task during our scans',
      longestTask > 0 ? ms(longestTask) : `none over 50 ms in ${RUNS} scans (longtask observer)`,
    );
    line("  our engine's longest slice", ms(Math.max(...runs.map((r) => r.longestSliceMs))));

    const append100 = await appendCost('big.html', extra.slice(0, 100));
    const appendSmall = await appendCost('small.html', extra.slice(0, 100));
    const append1000 = await appendCost('big.html', extra);
    line(
      'append 100 paragraphs to the 2,000-paragraph page',
      `${ms(append100.busyMs)} engine work (${append100.kind} pass, median of 3)`,
    );
    line(
      'append 100 paragraphs to a 200-paragraph page',
      `${ms(appendSmall.busyMs)} engine work (${appendSmall.kind} pass)`,
    );
    line(
      'append 1,000 paragraphs to the 2,000-paragraph page',
      `${ms(append1000.busyMs)} engine work (${append1000.kind} pass)`,
    );
    line(
      '  same 100 paragraphs, 10x bigger page',
      `${(append100.busyMs / appendSmall.busyMs).toFixed(2)}x the cost  (goal: ~1x, the page's size does not count)`,
    );
    line(
      '  10x the paragraphs, same page',
      `${(append1000.busyMs / append100.busyMs).toFixed(1)}x the cost  (goal: at most ~10x, in proportion to size)`,
    );

    const cpu = await measureCpuShare(
      () => open('big.html', bundle).then(async (p) => (await p.evaluate(startEngine), p)),
      () => open('big.html'),
    );
    line(`page editing its text ${n(Math.round(cpu.rate))} times a second, ${MUTATE_SECONDS} s`, '');
    line("  our engine's own slices", `${(cpu.engineShare * 100).toFixed(1)}% of one core`);
    line(
      '  all main-thread time added (CDP TaskDuration)',
      `${(cpu.extraShare * 100).toFixed(1)}% of one core (the page alone: ${(cpu.pageShare * 100).toFixed(0)}%)`,
    );
    line(
      '  longest task while mutating, with the engine',
      cpu.longestTaskMs > 0 ? ms(cpu.longestTaskMs) : 'none over 50 ms',
    );
    line('  mutated text still highlighted at the end', cpu.stillPainted ? 'yes' : 'NO');

    const heap = await measureHeap(executablePath, server.url('big.html'));
    line(
      'JS heap the content script adds (2,000-paragraph page)',
      heap
        ? `${(heap.addedBytes / 1024 / 1024).toFixed(2)} MB  (built extension, median of 3; ${n(heap.painted)} ranges registered)`
        : 'skipped: no build in .output/chrome-mv3 (npm run build)',
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPageBench();
