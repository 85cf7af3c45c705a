// Where the content script's fixed cost goes (issue 15): one page of the start-up bench loaded a few
// times with the extension, a CPU profile at 100 µs and a trace of script compile and evaluation,
// the extension's samples charged to the phase of start-up they ran in (innermost phase on the
// stack wins). Function names need an unminified build to mean anything:
// `ML_NO_MINIFY=1 npx wxt build`, then `npx tsx scripts/bench/start-up-phases.ts [page] [runs]`.
// Figures are wall time on a shared machine: compare phases with each other, not across runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { findBrowser } from '../../test/e2e/support/browsers';
import { CHROME_BUILD, launchChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { median } from './median';
import { highlightsSettled } from './start-up-profile';
import { SAVED_SETTINGS, saveReaderSettings } from './saved-settings';
import { startUpPages } from './start-up-pages';

interface Node {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/** Function names (unminified build) that mark a phase; the innermost one on a stack wins. */
const PHASES: [RegExp, string][] = [
  [/^(loadSettings|readSettings|parseSettings|parseStoredSettings|migrate\w*)$/, 'settings read + parse'],
  [/^loadMatcherData$/, 'matcher data (JSON parse)'],
  [/^instantiateMatcher$/, 'matcher instantiation'],
  [/^(createPageEngine|createHighlightSheet|createShadowStyles|detectPageTheme)$/, 'engine set-up'],
  [/^(fullScan|applyChanges|scanBlocks|runPass)$/, 'scan'],
  [/^(createPainter|paint\w*|register\w*)$/, 'paint'],
  [
    /^(createFrameRelay|watchExtensionLife|answerContentMessages|handleMessages|watchSettings|createNotebookFeed|connect)$/,
    'ports, listeners, relay',
  ],
  [/^(startCard|wireCard|watchHiddenOccurrences)$/, 'card wiring'],
  [/^(watchNavigation|createChangeCollector|createNearWatch|watchDwell)$/, 'observers, SPA watch'],
];

const BUILD = process.env.BENCH_BUILD ?? CHROME_BUILD;
/** PHASE_PROFILE=0: no CPU samples (the profiler's own cost off the thread times), only the trace. */
const PROFILE = process.env.PHASE_PROFILE !== '0';
/** PHASE_DETAIL=1: each phase split by the function that marked it. */
const DETAIL = Boolean(process.env.PHASE_DETAIL);
/** PHASE_SAVE=dir: each load's CPU profile kept there as a .cpuprofile (DevTools opens it). */
const SAVE = process.env.PHASE_SAVE;

function phaseTable(profiles: { nodes: Node[]; samples?: number[]; timeDeltas?: number[] }[], runs: number) {
  const phases = new Map<string, number>();
  const selfByFn = new Map<string, number>();
  const inclusiveByFn = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const samples = profile.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      const us = profile.timeDeltas?.[i + 1] ?? 100;
      const stack: Node[] = [];
      for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id))
        stack.push(byId.get(id)!);
      const ours = stack.filter((n) => n.callFrame.url.startsWith('chrome-extension://'));
      if (ours.length === 0) continue;
      const file = (n: Node) => n.callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      let phase = stack
        .map((n) => {
          const name = n.callFrame.functionName;
          const label = PHASES.find(([re]) => re.test(name))?.[1];
          return label && (DETAIL ? `${label}: ${name}` : label);
        })
        .find(Boolean);
      if (!phase) {
        // Outside every phase: say under which of our functions it ran, outermost named one first.
        const named = ours.findLast((n) => n.callFrame.functionName);
        phase = `other in ${file(ours.at(-1)!)}: ${named ? `under ${named.callFrame.functionName}` : 'top level'}`;
      }
      phases.set(phase, (phases.get(phase) ?? 0) + us);
      const leaf = stack[0]!;
      const name = `${leaf.callFrame.functionName || '(anonymous)'} ${leaf.callFrame.url ? file(leaf) : ''}`;
      selfByFn.set(name, (selfByFn.get(name) ?? 0) + us);
      for (const fn of new Set(ours.map((n) => n.callFrame.functionName).filter(Boolean)))
        inclusiveByFn.set(fn, (inclusiveByFn.get(fn) ?? 0) + us);
    }
  }
  const total = [...phases.values()].reduce((a, b) => a + b, 0);
  console.log(`  extension JS (CPU profile, per run): ${(total / 1000 / runs).toFixed(1)} ms`);
  for (const [phase, us] of [...phases].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`    ${(us / 1000 / runs).toFixed(1).padStart(6)} ms  ${phase}`);
  console.log('  top self time (leaf frame of our samples; native work shows as its caller or (program)):');
  for (const [fn, us] of [...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${(us / 1000 / runs).toFixed(1).padStart(6)} ms  ${fn}`);
  if (!DETAIL) return;
  console.log('  inclusive time (our named functions anywhere on the stack):');
  for (const [fn, us] of [...inclusiveByFn].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`    ${(us / 1000 / runs).toFixed(1).padStart(6)} ms  ${fn}`);
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<Record<string, unknown>[]> {
  const events: Record<string, unknown>[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as Record<string, unknown>[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile'],
    },
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

function compileTable(eventsByRun: Record<string, unknown>[][]) {
  // Thread time (tdur) beside wall time (dur): on a shared machine, wall time grows with the load
  // and thread time much less, so compare builds by the median load's thread time.
  const sums = new Map<string, { wall: number[]; thread: number[]; count: number }>();
  eventsByRun.forEach((events, run) => {
    for (const e of events) {
      const args = e.args as { data?: { url?: string }; fileName?: string } | undefined;
      const url = args?.data?.url ?? args?.fileName ?? '';
      if (!url.startsWith('chrome-extension://') || typeof e.dur !== 'number') continue;
      const key = `${e.name as string} ${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}`;
      const zeros = () => eventsByRun.map(() => 0);
      const sum = sums.get(key) ?? { wall: zeros(), thread: zeros(), count: 0 };
      sum.wall[run]! += e.dur;
      sum.thread[run]! += typeof e.tdur === 'number' ? e.tdur : Number.NaN;
      sum.count++;
      sums.set(key, sum);
    }
  });
  console.log(
    '  trace events on our scripts, per load (EvaluateScript includes compile and top level):\n' +
      '      wall  thread  thread, median load  count',
  );
  const runs = eventsByRun.length;
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(6);
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  for (const [key, { wall, thread, count }] of [...sums]
    .sort((a, b) => total(b[1].wall) - total(a[1].wall))
    .slice(0, 12))
    console.log(
      `    ${ms(total(wall) / runs)} ${ms(total(thread) / runs)} ${ms(median(thread))}  ${String(count / runs).padStart(4)}x  ${key}`,
    );
}

const pageName = process.argv[2] ?? 'no-term';
const runs = Number(process.argv[3] ?? 5);
const { files, pages } = startUpPages();
const page = pages.find((p) => p.name === pageName);
if (!page) throw new Error(`no page ${pageName}: ${pages.map((p) => p.name).join(', ')}`);
const dir = mkdtempSync(join(tmpdir(), 'ml-phases-'));
for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>\n');
const server = await serveFixtures(dir);
const session = await launchChromium(findBrowser('chromium')!, { build: BUILD });
if (SAVED_SETTINGS) await saveReaderSettings(session);
const profiles: { nodes: Node[] }[] = [];
const eventsByRun: Record<string, unknown>[][] = [];
console.log(
  `Start-up phases: ${page.label}, ${runs} loads, ${BUILD}${SAVED_SETTINGS ? ' (saved settings)' : ''}, load average ${loadavg()[0]!.toFixed(1)}`,
);
try {
  // One load first, unmeasured: the first navigation also warms the browser's own caches.
  for (let i = 0; i <= runs; i++) {
    const tab = await session.context.newPage();
    await tab.goto(server.url('blank.html'));
    const cdp = await session.context.newCDPSession(tab);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const trace = await traced(cdp, async () => {
      await tab.goto(server.url(page.file), { waitUntil: 'load' });
      await highlightsSettled(tab, 1200, 500);
    });
    const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : undefined;
    if (i > 0) {
      if (profile) profiles.push(profile as unknown as { nodes: Node[] });
      if (profile && SAVE) writeFileSync(join(SAVE, `${page.name}-${i}.cpuprofile`), JSON.stringify(profile));
      eventsByRun.push(trace);
    }
    await tab.close();
  }
  if (PROFILE) phaseTable(profiles, runs);
  compileTable(eventsByRun);
} finally {
  await session.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
