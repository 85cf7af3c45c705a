// Where the extension's JavaScript goes on the start-up bench's pages (issue 15): loads each page
// in headless Chromium with one or more builds, in one run, and sorts the CPU profile's extension
// samples by source file (a stage of the pipeline) and by function. Needs an unminified build, so
// that functions keep their names and the bundle keeps its `// lib/...` file markers:
//   ML_NO_MINIFY=1 npx wxt build -m unmin     (writes .output/chrome-mv3-unmin; see wxt.config.ts)
//   npx tsx scripts/bench/scan-profile.ts label=DIR [label=DIR ...]    (BENCH_PAGES=article,big)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findBrowser } from '../../test/e2e/support/browsers';
import { CHROME_BUILD, launchChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { median } from './median';
import {
  highlightsSettled,
  PROBE_SCRIPT,
  profileWhile,
  type Profile,
  type ProfileNode,
} from './start-up-profile';
import { startUpPages } from './start-up-pages';

const RUNS = Number(process.env.RUNS ?? 3);
const SAMPLING_US = 200;

/** Pipeline stages by source file; what no rule names is start-up (another helper's part). */
const STAGES: [string, RegExp][] = [
  ['text collection (walk, skip rules)', /lib\/page\/(text-blocks|skip-rules|visibility|scan-passes)\.ts/],
  ['canonicalisation', /lib\/recognize\/(canonical-text|text-shape|text-windows)\.ts|lib\/text\//],
  [
    'regex scan, candidates',
    /lib\/recognize\/(find-mentions|scan-candidates|find-in-windows|phrase-index|placed-pattern)\.ts/,
  ],
  [
    'judging (senses, evidence, cues)',
    /lib\/recognize\/(disambiguate|compile-senses|sentence-evidence|cue-matcher|page-context|nearby-terms|explain-mention|inflect|lexicon\/)/,
  ],
  ['mention store', /lib\/page\/(mention-store|mention-store-parts|text-intervals)\.ts/],
  [
    'ranges, painting',
    /lib\/page\/(paint|near-watch|highlight-sheet|highlight-css|paint-rules|shadow-styles)\.ts/,
  ],
  [
    'list, relay',
    /lib\/page\/(frame-relay|content-messages|page-mention|context-snippet|frame-visibility)\.ts|lib\/messaging/,
  ],
  ['engine, slicing', /lib\/page\/(engine|pass-loop|time-slice|recognizer|observe-mutations)\.ts/],
];

/** Line → source file, from the `\t// lib/x.ts` markers an unminified bundle keeps. */
function fileMap(build: string, script: string): (line: number) => string {
  let lines: string[];
  try {
    lines = readFileSync(join(build, script), 'utf8').split('\n');
  } catch {
    return () => script;
  }
  const starts: [number, string][] = [];
  lines.forEach((text, i) => {
    const m = /^\s*\/\/ ((?:lib|entrypoints|components|node_modules)\/\S+|\S+\.m?js)$/.exec(text);
    if (m) starts.push([i, m[1]!]);
  });
  return (line) => {
    let file = script;
    for (const [start, name] of starts) {
      if (start > line) break;
      file = name;
    }
    return file;
  };
}

interface Tally {
  total: number;
  byStage: Map<string, number>;
  byFunction: Map<string, number>;
  /** The longest run of consecutive extension samples (a lower bound on its longest task), by function. */
  stretch: { ms: number; byFunction: Map<string, number> };
}

function tally(profile: Profile, build: string): Tally {
  const maps = new Map<string, (line: number) => string>();
  const fileOf = (url: string, line: number) => {
    const script = new URL(url).pathname.slice(1);
    let map = maps.get(script);
    if (!map) maps.set(script, (map = fileMap(build, script)));
    return map(line);
  };
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const isOurs = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');
  /** The nearest extension frame at or above a sample's leaf: who is charged its time. */
  const charged = (id: number): ProfileNode | undefined => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)!;
      if (isOurs(node)) return node;
    }
    return undefined;
  };
  const out: Tally = {
    total: 0,
    byStage: new Map(),
    byFunction: new Map(),
    stretch: { ms: 0, byFunction: new Map() },
  };
  let stretch = { ms: 0, byFunction: new Map<string, number>() };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = charged(samples[i]!);
    if (!node) {
      stretch = { ms: 0, byFunction: new Map() };
      continue;
    }
    const ms = (deltas[i + 1] ?? SAMPLING_US) / 1000;
    const file = fileOf(node.callFrame.url, node.callFrame.lineNumber);
    const stage = STAGES.find(([, re]) => re.test(file))?.[0] ?? 'start-up, other';
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    out.total += ms;
    out.byStage.set(stage, (out.byStage.get(stage) ?? 0) + ms);
    out.byFunction.set(fn, (out.byFunction.get(fn) ?? 0) + ms);
    stretch.ms += ms;
    stretch.byFunction.set(fn, (stretch.byFunction.get(fn) ?? 0) + ms);
    if (stretch.ms > out.stretch.ms) out.stretch = stretch;
  }
  return out;
}

async function profilePage(page: Page, url: string, blank: string, build: string) {
  await page.goto(blank);
  const cdp = await page.context().newCDPSession(page);
  const profile = await profileWhile(cdp, SAMPLING_US, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await highlightsSettled(page);
  });
  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __mlProbe: { firstHighlight: number; longest: number } }).__mlProbe;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { first: p.firstHighlight - nav.loadEventEnd, longest: p.longest };
  });
  await cdp.detach();
  return { ...tally(profile, build), ...probe };
}

const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error('Chromium not found');
const builds = process.argv.slice(2).map((arg) => {
  const [label, dir] = arg.includes('=') ? arg.split('=') : ['build', arg];
  return { label: label!, dir: dir! };
});
if (builds.length === 0) builds.push({ label: 'build', dir: CHROME_BUILD });
const { files, pages } = startUpPages();
const only = (process.env.BENCH_PAGES ?? 'article,big').split(',');
const dir = mkdtempSync(join(tmpdir(), 'ml-scan-profile-'));
for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
// Issue 12's hostile page: one ~1 MB text node of ambiguous words.
const HOSTILE = 'hostile-long-text.html';
writeFileSync(join(dir, HOSTILE), readFileSync(join(import.meta.dirname, '../../test/fixtures', HOSTILE)));
pages.push({ name: 'hostile', label: 'one ~1 MB text node (issue 12)', file: HOSTILE, words: 0, frames: 1 });
writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>\n');
const server = await serveFixtures(dir);
console.log(
  `Scan profile, ${RUNS} runs per page and build, sampling ${SAMPLING_US} µs; load ${loadavg()[0]!.toFixed(1)}`,
);
try {
  for (const page of pages.filter((p) => only.includes(p.name))) {
    console.log(`\n${page.label}`);
    for (const build of builds) {
      const session = await launchChromium(executablePath, { build: build.dir });
      await session.context.addInitScript({ content: PROBE_SCRIPT });
      const tab = await session.context.newPage();
      const runs: Awaited<ReturnType<typeof profilePage>>[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await profilePage(tab, server.url(page.file), server.url('blank.html'), build.dir));
      await session.close();
      const med = (f: (t: (typeof runs)[number]) => number) => median(runs.map(f));
      console.log(
        `  ${build.label}: extension JS ${med((r) => r.total).toFixed(1)} ms (runs ${runs.map((r) => r.total.toFixed(0)).join(', ')}), ` +
          `first highlights ${med((r) => r.first).toFixed(0)} ms after load, longest task ${med((r) => r.longest).toFixed(0)} ms`,
      );
      const stages = [...new Set(runs.flatMap((r) => [...r.byStage.keys()]))];
      for (const stage of stages.sort(
        (a, b) => med((r) => r.byStage.get(b) ?? 0) - med((r) => r.byStage.get(a) ?? 0),
      ))
        console.log(
          `    ${stage.padEnd(38)} ${med((r) => r.byStage.get(stage) ?? 0)
            .toFixed(1)
            .padStart(7)} ms`,
        );
      const fns = [...new Set(runs.flatMap((r) => [...r.byFunction.keys()]))]
        .map((fn) => [fn, med((r) => r.byFunction.get(fn) ?? 0)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, Number(process.env.TOP ?? 25));
      for (const [fn, ms] of fns) console.log(`      ${ms.toFixed(1).padStart(6)} ms  ${fn}`);
      const longest = runs.reduce((a, b) => (b.stretch.ms > a.stretch.ms ? b : a)).stretch;
      console.log(`    longest unbroken run of extension samples (worst run): ${longest.ms.toFixed(1)} ms`);
      for (const [fn, ms] of [...longest.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 8))
        console.log(`      ${ms.toFixed(1).padStart(6)} ms  ${fn}`);
    }
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload at end ${loadavg()[0]!.toFixed(1)}`);
