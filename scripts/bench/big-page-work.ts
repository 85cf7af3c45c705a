// The engine's work on the start-up bench's 100,000-word page (issue 15), counted rather than timed,
// so that two trees compare on a busy machine: clock readings, elements given to the near-watch,
// tasks posted to yield, and what was found, painted and listed (which must not change). The engine
// and recognizer are bundled from each tree's engine-entry.ts and run in the page's main world, as
// the page bench runs them; a second set of loads, uncounted, gives the engine's own busy time.
//   npx tsx scripts/bench/big-page-work.ts [label=TREE ...]    (default: this tree; e.g. main=/work/main)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { findBrowser } from '../../test/e2e/support/browsers';
import { launchBareChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { median } from './median';
import { startUpPages } from './start-up-pages';

const RUNS = Number(process.env.RUNS ?? 3);

/** Wraps what the engine calls for its bookkeeping with counters, before the engine is injected. */
const COUNTERS = `(() => {
  const c = (window.__work = { clockReads: 0, yields: 0, observed: 0 });
  const now = performance.now.bind(performance);
  performance.now = () => (c.clockReads++, now());
  if (globalThis.scheduler?.postTask) {
    const post = scheduler.postTask.bind(scheduler);
    scheduler.postTask = (...args) => (c.yields++, post(...args));
  }
  const observe = IntersectionObserver.prototype.observe;
  IntersectionObserver.prototype.observe = function (el) { c.observed++; return observe.call(this, el); };
})();`;

const bundle = async (root: string) =>
  (
    await build({
      entryPoints: [resolve(root, 'scripts/bench/engine-entry.ts')],
      absWorkingDir: root,
      tsconfig: resolve(root, 'tsconfig.json'),
      bundle: true,
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;

const trees = process.argv.slice(2).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=') : ['tree', arg];
  return { label: label!, dir: resolve(dir!) };
});
if (trees.length === 0) trees.push({ label: 'this tree', dir: resolve(import.meta.dirname, '../..') });
const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error('Chromium not found');
const dir = mkdtempSync(join(tmpdir(), 'ml-big-work-'));
for (const [name, body] of Object.entries(startUpPages().files)) writeFileSync(join(dir, name), body);
const server = await serveFixtures(dir);
const browser = await launchBareChromium(executablePath);
console.log(`Engine work on the 100,000-word page, ${RUNS} runs per tree; load ${loadavg()[0]!.toFixed(1)}`);
try {
  const scripts = await Promise.all(trees.map((t) => bundle(t.dir)));
  for (const counted of [true, false]) {
    for (const [i, tree] of trees.entries()) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage();
        await page.goto(server.url('big.html'));
        if (counted) await page.addScriptTag({ content: COUNTERS });
        await page.addScriptTag({ content: scripts[i]! });
        runs.push(
          await page.evaluate(async () => {
            const w = window as unknown as {
              mineralLens: { start(): import('@/lib/page/engine').PageEngine };
              __work?: Record<string, number>;
            };
            const engine = w.mineralLens.start();
            await engine.idle();
            const s = engine.stats();
            return {
              ...(w.__work ?? {}),
              candidates: s.candidates,
              painted: s.painted,
              listed: engine.mentions().length,
              busyMs: s.busyMs,
              recognizeMs: s.recognizeMs,
            };
          }),
        );
        await page.close();
      }
      const med = (key: string) => median(runs.map((r) => r[key] ?? Number.NaN));
      console.log(
        counted
          ? `  ${tree.label}: ${med('clockReads')} clock readings, ${med('observed')} elements observed, ` +
              `${med('yields')} yields; ${med('candidates')} candidates, ${med('painted')} painted, ${med('listed')} listed`
          : `  ${tree.label}: engine busy ${med('busyMs').toFixed(0)} ms, of which recognizer ` +
              `${med('recognizeMs').toFixed(0)} ms (uncounted runs, wall time on this machine)`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
