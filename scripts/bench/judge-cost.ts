// What judging ambiguous words costs a page (issue 15), in Node, split finer than the browser's
// phase profile can: one cold process per load recognizes the start-up bench's article or plain
// page block by block, as the page engine does, under a CPU profile at 50 µs, and the judge's time
// is charged to the module and function it ran in (phrase finds and cue finds apart, though both
// are called `find`). A second run counts the regexes compiled once the matcher is made: the
// senses' and the generic context rules, and any other (phrases and cue words compile none: they
// are compared as words; the key finder's small regexes are the rest).
//   npx tsx scripts/bench/judge-cost.ts [article|plain] [loads]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { median } from './median';
import { nodeBundle } from './recognizer';
import { startUpPages } from './start-up-pages';

const ROOT = resolve(import.meta.dirname, '../..');
const pageName = process.argv[2] ?? 'article';
const loads = Number(process.argv[3] ?? 5);

const ENTRY = `
import { readFileSync } from 'node:fs';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { createPageContext, findInWindows, instantiateMatcher } from '@/lib/recognize';
const [blocksFile, mode] = process.argv.slice(2);
const blocks = JSON.parse(readFileSync(blocksFile, 'utf8'));
const data = JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'data/generated/matcher.json'))}, 'utf8'));
// Made before RegExp is watched: the sources of each kind the judge compiles.
const kinds = { sense: new Set(), generic: new Set() };
for (const [, sense] of data.senses) for (const [s] of [...sense.before, ...sense.after]) kinds.sense.add(s);
for (const [s] of [...data.generic.before, ...data.generic.after]) kinds.generic.add(s);
const compiled = new Map();
const Real = RegExp;
const matcher = instantiateMatcher(MATCH_INDEX, data);
if (mode === 'count') {
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args) {
      const regex = Reflect.construct(target, args);
      compiled.set(regex.source, (compiled.get(regex.source) ?? 0) + 1);
      return regex;
    },
  });
}
const page = createPageContext();
let mentions = 0;
blocks.forEach((text, key) => {
  for (const found of findInWindows(matcher, text, { threshold: 0, page, blockKey: key })) mentions += found.length;
});
if (mode === 'count') {
  const counts = Object.fromEntries(Object.entries(kinds).map(([k, set]) => [k, [...compiled.keys()].filter((s) => set.has(s)).length]));
  const other = [...compiled.keys()].filter((s) => !kinds.sense.has(s) && !kinds.generic.has(s));
  counts.other = other.length;
  console.log(JSON.stringify({ mentions, compiled: counts }));
  for (const s of other) console.log('    other: /' + (s.length > 70 ? s.slice(0, 70) + '…' : s) + '/');
} else console.log(JSON.stringify({ mentions }));
`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The bench page's blocks: its paragraphs, unescaped. */
function pageBlocks(): string[] {
  const { files } = startUpPages();
  const html = files[`${pageName}.html`];
  if (!html) throw new Error(`no page ${pageName}`);
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, b]) =>
    b!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

/** For each line of the bundle, the module esbuild's `// path` comment says it comes from. */
function modulesByLine(bundle: string): string[] {
  let current = '';
  return bundle.split('\n').map((line) => {
    const m = /^\/\/ (\S+\.(?:ts|js|json))$/.exec(line);
    if (m) current = m[1]!.replace(/^lib\/recognize\//, '');
    return current;
  });
}

const JUDGE = /^judgeInSteps$/;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'judge-cost-'));
  try {
    const file = join(dir, 'run.mjs');
    await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, ...nodeBundle(file) });
    const lineModule = modulesByLine(readFileSync(file, 'utf8'));
    const blocksFile = join(dir, 'blocks.json');
    writeFileSync(blocksFile, JSON.stringify(pageBlocks()));
    const count = execFileSync(process.execPath, [file, blocksFile, 'count'], { encoding: 'utf8' });
    const totals = new Map<string, number[]>();
    for (let run = 0; run < loads; run++) {
      const profDir = join(dir, `prof${run}`);
      execFileSync(process.execPath, [
        '--cpu-prof',
        '--cpu-prof-interval',
        '50',
        '--cpu-prof-dir',
        profDir,
        file,
        blocksFile,
      ]);
      const profile = JSON.parse(readFileSync(join(profDir, readdirSync(profDir)[0]!), 'utf8')) as {
        nodes: ProfileNode[];
        samples: number[];
        timeDeltas: number[];
      };
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const sums = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const us = profile.timeDeltas[i + 1] ?? 50;
        const stack: ProfileNode[] = [];
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
          stack.push(byId.get(at)!);
        const ours = stack.filter((n) => n.callFrame.url.endsWith('run.mjs'));
        if (!ours.some((n) => JUDGE.test(n.callFrame.functionName))) return;
        const label = (n: ProfileNode) =>
          `${n.callFrame.functionName || '(anonymous)'} [${lineModule[n.callFrame.lineNumber] ?? '?'}]`;
        const seen = new Set(ours.map(label));
        for (const name of seen) sums.set(`incl ${name}`, (sums.get(`incl ${name}`) ?? 0) + us);
        sums.set(`self ${label(ours[0]!)}`, (sums.get(`self ${label(ours[0]!)}`) ?? 0) + us);
      });
      for (const [k, v] of sums) totals.set(k, [...(totals.get(k) ?? []), v / 1000]);
    }
    console.log(
      `judge cost, ${pageName}, ${loads} cold loads (Node ${process.version}), load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(`  ${count.trim()}`);
    const rows = [...totals].map(
      ([k, v]) => [k, median([...v, ...Array<number>(loads - v.length).fill(0)])] as const,
    );
    for (const kind of ['incl', 'self']) {
      console.log(kind === 'incl' ? '  inclusive, median ms per load:' : '  self, median ms per load:');
      for (const [k, v] of rows
        .filter(([k]) => k.startsWith(kind))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 18))
        console.log(`    ${v.toFixed(2).padStart(6)}  ${k.slice(5)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
