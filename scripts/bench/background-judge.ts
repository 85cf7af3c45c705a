// What the background pays to judge the start-up bench's 100,000-word page (issue 15): the page's
// blocks go to lib/background/recognize-blocks.ts in requests of MAX_BLOCKS_PER_REQUEST, in both
// languages, as a frame sends them. A first pass is cold (the matcher made, the code not yet
// optimised), then warm passes, each timed in the main thread's CPU (garbage collection pauses
// included: what a worker's profile counts). In Node (the default) one process per tree and round,
// the trees taking turns; in headless Chromium (BENCH_IN=chromium) one fresh page per tree and
// round, its V8 the worker's, its CPU read from DevTools. The judgements' digest must be the same in every tree: a
// cheaper judge that judges otherwise is not cheaper.
//   npx tsx scripts/bench/background-judge.ts [label=TREE ...]   (default: this tree; e.g. main=/work/main)
//   ROUNDS=5 PASSES=8 BENCH_IN=node|chromium
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { findBrowser } from '../../test/e2e/support/browsers';
import { launchBareChromium } from '../../test/e2e/support/extension';
import { median } from './median';
import { startUpPages } from './start-up-pages';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const PASSES = Number(process.env.PASSES ?? 8);
const IN_CHROMIUM = process.env.BENCH_IN === 'chromium';

/** A recognizer as the background makes it, and one pass of the page's blocks through it. */
const JUDGE = `
import { createBlockRecognizer } from '@/lib/background/recognize-blocks';
import { MAX_BLOCKS_PER_REQUEST } from '@/lib/recognize/block-limits';
// FNV-1a, twice: the same digest in Node and in the browser.
const digestOf = (s) => {
  let a = 0x811c9dc5, b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
};
const recognize = createBlockRecognizer();
async function judgePass(texts) {
  const judged = [];
  for (let at = 0; at < texts.length; at += MAX_BLOCKS_PER_REQUEST)
    judged.push(...(await recognize(texts.slice(at, at + MAX_BLOCKS_PER_REQUEST), ['en', 'es'])));
  return digestOf(JSON.stringify(judged));
}
`;

const NODE_ENTRY = `${JUDGE}
import { readFileSync } from 'node:fs';
const [blocksFile, passes] = process.argv.slice(2);
// The main thread's CPU, as the worker's profile counts it (garbage collection pauses included).
const cpu = () => { const { user, system } = process.threadCpuUsage(); return (user + system) / 1000; };
const texts = JSON.parse(readFileSync(blocksFile, 'utf8'));
const runs = [];
let digest;
for (let pass = 0; pass < Number(passes); pass++) {
  const wall = performance.now();
  const started = cpu();
  const judged = await judgePass(texts);
  runs.push({ cpu: cpu() - started, wall: performance.now() - wall });
  digest ??= judged;
}
console.log(JSON.stringify({ runs, digest }));
`;

// The page's main thread CPU around each pass comes from DevTools (ThreadTime), not the page.
const BROWSER_ENTRY = `${JUDGE}
globalThis.judgePass = judgePass;
`;

interface Passes {
  runs: { cpu: number; wall: number }[];
  digest: string;
}

/** Vite's `?raw` imports (the shipped matcher data), as text. */
const raw: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.replace(/\?raw$/, '')),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** The big page's blocks, as its frame sends them. */
function bigPageTexts(): string[] {
  const html = startUpPages().files['big.html']!;
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, b]) =>
    b!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

const trees = process.argv.slice(2).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=') : ['tree', arg];
  return { label: label!, dir: resolve(dir!) };
});
if (trees.length === 0) trees.push({ label: 'this tree', dir: resolve(import.meta.dirname, '../..') });

const dir = mkdtempSync(join(tmpdir(), 'ml-background-judge-'));
const executablePath = IN_CHROMIUM ? findBrowser('chromium') : undefined;
if (IN_CHROMIUM && !executablePath) throw new Error('Chromium not found');
const browser = executablePath ? await launchBareChromium(executablePath) : undefined;
try {
  const texts = bigPageTexts();
  const blocksFile = join(dir, 'blocks.json');
  writeFileSync(blocksFile, JSON.stringify(texts));
  const bundles = await Promise.all(
    trees.map(async (tree, i) => {
      const outfile = join(dir, `judge-${i}.${IN_CHROMIUM ? 'js' : 'mjs'}`);
      await build({
        stdin: { contents: IN_CHROMIUM ? BROWSER_ENTRY : NODE_ENTRY, resolveDir: tree.dir, loader: 'ts' },
        absWorkingDir: tree.dir,
        tsconfig: join(tree.dir, 'tsconfig.json'),
        bundle: true,
        platform: IN_CHROMIUM ? 'browser' : 'node',
        format: IN_CHROMIUM ? 'iife' : 'esm',
        target: 'es2022',
        outfile,
        logLevel: 'silent',
        plugins: [raw],
      });
      return outfile;
    }),
  );
  const passesIn = async (bundle: string): Promise<Passes> => {
    if (!browser) {
      const out = execFileSync(process.execPath, [bundle, blocksFile, String(PASSES)], { encoding: 'utf8' });
      return JSON.parse(out) as Passes;
    }
    const page = await browser.newPage();
    try {
      const devtools = await page.context().newCDPSession(page);
      await devtools.send('Performance.enable');
      const threadMs = async () => {
        const { metrics } = await devtools.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
      };
      await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
      await page.evaluate((t) => void ((globalThis as unknown as { texts: string[] }).texts = t), texts);
      const runs: Passes['runs'] = [];
      let digest: string | undefined;
      for (let pass = 0; pass < PASSES; pass++) {
        const cpu = await threadMs();
        const wall = performance.now();
        const judged = await page.evaluate(() => {
          const g = globalThis as unknown as { texts: string[]; judgePass(t: string[]): Promise<string> };
          return g.judgePass(g.texts);
        });
        runs.push({ cpu: (await threadMs()) - cpu, wall: performance.now() - wall });
        digest ??= judged;
      }
      return { runs, digest: digest! };
    } finally {
      await page.close();
    }
  };
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(
    `Background judging of the 100,000-word page (${texts.length} blocks, ${chars} chars), ` +
      `${ROUNDS} rounds of ${PASSES} passes, ` +
      `${browser ? `headless Chromium ${browser.version()}` : `Node ${process.version}`}, main thread CPU; ` +
      `load ${loadavg()[0]!.toFixed(1)}`,
  );
  const results = trees.map(() => ({
    cold: [] as number[],
    warm: [] as number[],
    least: [] as number[],
    wall: [] as number[],
    digests: new Set<string>(),
  }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, bundle] of bundles.entries()) {
      const { runs, digest } = await passesIn(bundle);
      const r = results[i]!;
      const warm = runs.slice(1).map((run) => run.cpu);
      r.cold.push(runs[0]!.cpu);
      // One figure per round: its warm passes' median, and the least (the machine's load only adds).
      r.warm.push(median(warm));
      r.least.push(Math.min(...warm));
      r.wall.push(median(runs.slice(1).map((run) => run.wall)));
      r.digests.add(digest);
    }
  }
  for (const [i, tree] of trees.entries()) {
    const r = results[i]!;
    console.log(
      `  ${tree.label}: warm ${median(r.warm).toFixed(1)} ms CPU per pass (least ${median(r.least).toFixed(1)}, ` +
        `wall ${median(r.wall).toFixed(1)}), ` +
        `cold ${median(r.cold).toFixed(1)} ms; rounds' warm ${r.warm.map((x) => x.toFixed(0)).join(' ')}; ` +
        `judgements ${[...r.digests].join(' ')}`,
    );
  }
  console.log(`  load ${loadavg()[0]!.toFixed(1)} at the end`);
} finally {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
}
