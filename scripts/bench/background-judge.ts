// What the background pays to judge the start-up bench's 100,000-word page (issue 15), in Node: the
// page's blocks go to lib/background/recognize-blocks.ts in requests of MAX_BLOCKS_PER_REQUEST, in
// both languages, as a frame sends them. One process per tree and round (the trees take turns): a
// first pass cold (the matcher made, the code not yet optimised), then warm passes, each timed in
// the main thread's CPU (garbage collection pauses included) and wall time. The judgements' digest must be the same in every
// tree: a cheaper judge that judges differently is not cheaper.
//   npx tsx scripts/bench/background-judge.ts [label=TREE ...]   (default: this tree; e.g. main=/work/main)
//   ROUNDS=5 PASSES=8
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { median } from './median';
import { startUpPages } from './start-up-pages';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const PASSES = Number(process.env.PASSES ?? 8);

const ENTRY = `
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createBlockRecognizer } from '@/lib/background/recognize-blocks';
import { MAX_BLOCKS_PER_REQUEST } from '@/lib/recognize/block-limits';
const [blocksFile, passes] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(blocksFile, 'utf8'));
const recognize = createBlockRecognizer();
// The main thread's CPU, as the worker's profile counts it (garbage collection pauses included).
const cpu = () => { const { user, system } = process.threadCpuUsage(); return (user + system) / 1000; };
const runs = [];
let digest;
for (let pass = 0; pass < Number(passes); pass++) {
  const wall = performance.now();
  const started = cpu();
  const judged = [];
  for (let at = 0; at < texts.length; at += MAX_BLOCKS_PER_REQUEST)
    judged.push(...(await recognize(texts.slice(at, at + MAX_BLOCKS_PER_REQUEST), ['en', 'es'])));
  runs.push({ cpu: cpu() - started, wall: performance.now() - wall });
  digest ??= createHash('sha256').update(JSON.stringify(judged)).digest('hex').slice(0, 16);
}
console.log(JSON.stringify({ runs, digest }));
`;

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
try {
  const texts = bigPageTexts();
  const blocksFile = join(dir, 'blocks.json');
  writeFileSync(blocksFile, JSON.stringify(texts));
  const files = await Promise.all(
    trees.map(async (tree, i) => {
      const outfile = join(dir, `judge-${i}.mjs`);
      await build({
        stdin: { contents: ENTRY, resolveDir: tree.dir, loader: 'ts' },
        absWorkingDir: tree.dir,
        tsconfig: join(tree.dir, 'tsconfig.json'),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'es2022',
        outfile,
        logLevel: 'silent',
        plugins: [raw],
      });
      return outfile;
    }),
  );
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(
    `Background judging of the 100,000-word page (${texts.length} blocks, ${chars} chars), ` +
      `${ROUNDS} rounds of ${PASSES} passes (Node ${process.version}); load ${loadavg()[0]!.toFixed(1)}`,
  );
  const results = trees.map(() => ({
    cold: [] as number[],
    warm: [] as number[],
    wall: [] as number[],
    digests: new Set<string>(),
  }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, file] of files.entries()) {
      const out = execFileSync(process.execPath, [file, blocksFile, String(PASSES)], { encoding: 'utf8' });
      const { runs, digest } = JSON.parse(out) as { runs: { cpu: number; wall: number }[]; digest: string };
      const r = results[i]!;
      r.cold.push(runs[0]!.cpu);
      // The warm passes' median in this process: one figure per round.
      r.warm.push(median(runs.slice(1).map((x) => x.cpu)));
      r.wall.push(median(runs.slice(1).map((x) => x.wall)));
      r.digests.add(digest);
    }
  }
  for (const [i, tree] of trees.entries()) {
    const r = results[i]!;
    console.log(
      `  ${tree.label}: warm ${median(r.warm).toFixed(1)} ms CPU per pass (wall ${median(r.wall).toFixed(1)}), ` +
        `cold ${median(r.cold).toFixed(1)} ms; rounds' warm ${r.warm.map((x) => x.toFixed(0)).join(' ')}; ` +
        `judgements ${[...r.digests].join(' ')}`,
    );
  }
  console.log(`  load ${loadavg()[0]!.toFixed(1)} at the end`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
