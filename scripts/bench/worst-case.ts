/**
 * The worst case: hostile text shapes, each at N and 2N characters. In Node, the recognizer as it
 * ships, block by block as the engine calls it (findInWindows, a window per step): time per run,
 * the longest step (what one engine slice must hold), and the ratio of times at 2N to N, which
 * must be about 2 (linear). So that the ratio means something on a shared machine: each shape is
 * warmed up first, N and 2N runs alternate round by round (a burst of load hits both), a sample
 * repeats a cheap shape until it lasts SAMPLE_MS (fixed costs and timer grain do not dominate), and
 * each figure is the median of ROUNDS. The CPU ratio (the process's CPU time, which a busy
 * machine's other processes do not inflate as they do wall time) is the steadier of the two. Then
 * a page with one ~1 MB text node in real browsers, with and without the extension
 * (hostile-page.ts).
 *
 *   tsx scripts/bench/worst-case.ts [node|browser]   (all of it is also run by npm run bench)
 */
import { pathToFileURL } from 'node:url';
import { loadCorpusIndex } from '../../test/corpus/evaluate-corpus';
import { runHostilePageBench } from './hostile-page';
import { median } from './median';
import { loadShipped } from './recognizer';

const N = 250_000;
/** Alternating N / 2N measurements per shape: the median is reported. */
const ROUNDS = 5;
/** A sample repeats its shape until it takes at least this long at N. */
const SAMPLE_MS = 200;

/** Each shape as a function of its length. */
const SHAPES: Record<string, (size: number) => string> = {
  'ambiguous words after one line break': (n) => grow('x\n', 'lead ', n),
  'ambiguous words, one long line': (n) => grow('', 'lead tin ', n),
  'line breaks everywhere': (n) => grow('', 'lead\n', n),
  'no spaces, no sentence ends': (n) => grow('', 'leadtinsilver', n),
  'one sentence of words': (n) => grow('', 'the lead prices of tin and silver rose while ', n),
  'sentence ends everywhere': (n) => grow('', 'Lead. Tin. ', n),
  'soft hyphens': (n) => grow('', 'li\u00ADthi\u00ADum lead\u00AD ', n),
  'names and ambiguous words': (n) => grow('', 'lead lithium IRA Inflation Reduction Act tin ', n),
  'news prose': (n) => grow('', 'Lithium prices rose as cobalt output fell in Congo. ', n),
};

function grow(head: string, unit: string, size: number): string {
  return (head + unit.repeat(Math.ceil(size / unit.length))).slice(0, size);
}

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);

async function runNodeRows(): Promise<void> {
  const index = loadCorpusIndex();
  if (!index) return console.log('  worst-case recognizer rows skipped: no match index');
  const { compileMatcher, createPageContext, findInWindows } = await loadShipped();
  const matcher = compileMatcher(index);
  const run = (text: string) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    let longest = 0;
    const steps = findInWindows(matcher, text, { threshold: 0, page: createPageContext(), blockKey: {} });
    for (;;) {
      const at = performance.now();
      const step = steps.next();
      longest = Math.max(longest, performance.now() - at);
      if (step.done) break;
    }
    const used = process.cpuUsage(cpu);
    return { total: performance.now() - started, cpu: (used.user + used.system) / 1000, longest };
  };
  run(grow('', 'Lead prices. Tin and lithium. ', 50_000)); // warm up the regexes
  console.log(
    `  recognizer in Node ${process.version}; N = ${N.toLocaleString('en-US')} chars; median of ${ROUNDS} alternating rounds, each sample >= ${SAMPLE_MS} ms`,
  );
  console.log(
    `  ${'shape'.padEnd(40)} ${'at N'.padStart(10)} ${'at 2N'.padStart(10)}  ratio (min-max)  CPU ratio  longest step`,
  );
  for (const [name, make] of Object.entries(SHAPES)) {
    const texts = [make(N), make(2 * N)] as const;
    run(texts[0]); // warm-up: this shape's first run compiles and tiers up its code paths
    let reps = 1;
    while (reps < 1000 && reps * sample(texts[0], reps).total < SAMPLE_MS) reps *= 2;
    const rounds = Array.from({ length: ROUNDS }, (_, i) => {
      // Alternate which size goes first, so neither always runs on the warmer heap.
      const [small, large] = i % 2 === 0 ? [sample(texts[0], reps), sample(texts[1], reps)] : swap();
      return { small, large, ratio: large.total / small.total, cpuRatio: large.cpu / small.cpu };
      function swap() {
        const large = sample(texts[1], reps);
        return [sample(texts[0], reps), large] as const;
      }
    });
    const ratios = rounds.map((r) => r.ratio);
    const cpuRatio = median(rounds.map((r) => r.cpuRatio));
    const longest = median(rounds.map((r) => Math.max(r.small.longest, r.large.longest)));
    console.log(
      `  ${name.padEnd(40)} ${ms(median(rounds.map((r) => r.small.total)))} ${ms(median(rounds.map((r) => r.large.total)))}  ${median(ratios).toFixed(2)}x (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)})  ${cpuRatio.toFixed(2)}x ${ms(longest)}`,
    );
  }

  /** `reps` runs on `text`: the wall and CPU time of one run, and the longest step of any. */
  function sample(text: string, reps: number) {
    let total = 0;
    let cpu = 0;
    let longest = 0;
    for (let i = 0; i < reps; i++) {
      const r = run(text);
      total += r.total;
      cpu += r.cpu;
      longest = Math.max(longest, r.longest);
    }
    return { total: total / reps, cpu: cpu / reps, longest };
  }
}

export async function runWorstCaseBench(only?: 'node' | 'browser'): Promise<void> {
  console.log('Worst case: hostile text shapes');
  if (only !== 'browser') await runNodeRows();
  if (only !== 'node') await runHostilePageBench();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv[2];
  await runWorstCaseBench(only === 'node' || only === 'browser' ? only : undefined);
}
