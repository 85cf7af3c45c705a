/**
 * What a page's first use of the key finder costs in Node, cold: each sample a fresh process that
 * parses the shipped data (data/generated/*.json), then times making the matcher
 * (instantiateMatcher), the first and the second scan of the start-up bench's article and of its
 * page naming no term (scanCandidates, paragraph by paragraph: the first pays V8's compile of every
 * key regex it tries), and making the name test (the background's, since frames ask it: `name/test`)
 * and asking it of each page.
 * CPU time of the process (V8's compile threads included). Uses only what the recognizer has long
 * exported, so the same file measures an older tree too.
 *
 *   tsx scripts/bench/key-finder-cold.ts [samples]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { instantiateMatcher, type MatchIndex, type MatcherData } from '@/lib/recognize';
import { createNameTest, type NameStarts } from '@/lib/recognize/name-starts';
import { scanCandidates } from '@/lib/recognize/scan-candidates';
import { median } from './median';
import { startUpTexts } from './start-up-pages';

const read = (name: string) => readFileSync(`data/generated/${name}.json`, 'utf8');

function sample(): Record<string, number> {
  const { article, plain } = startUpTexts();
  const index = JSON.parse(read('match-index')) as MatchIndex;
  const data = JSON.parse(read('matcher')) as MatcherData;
  const starts = JSON.parse(read('name-starts')) as NameStarts;
  const out: Record<string, number> = {};
  // CPU time, not wall time: the machines this runs on are shared, and CPU time is what a page pays.
  const time = <T>(label: string, run: () => T): T => {
    const started = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(started);
    out[label] = (used.user + used.system) / 1000;
    return result;
  };
  const test = time('name test: create', () => createNameTest(starts));
  time('name test: article', () => article.some((text) => test(text)));
  time('name test: plain', () => plain.some((text) => test(text)));
  const matcher = time('instantiateMatcher', () => instantiateMatcher(index, data));
  const scan = (blocks: string[]) => blocks.reduce((n, b) => n + scanCandidates(matcher, b).length, 0);
  out['candidates: plain'] = time('scan plain, first', () => scan(plain));
  out['candidates: article'] = time('scan article, first', () => scan(article));
  time('scan article, second', () => scan(article));
  return out;
}

if (process.argv.includes('--child')) {
  console.log(JSON.stringify(sample()));
} else {
  const samples = Number(process.argv[2] ?? 9);
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < samples; i++) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child'], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(child.stderr);
    runs.push(JSON.parse(child.stdout) as Record<string, number>);
  }
  console.log(
    `Key finder, cold (Node ${process.version}), medians of ${samples} fresh processes, load average ${loadavg()[0]!.toFixed(1)}:`,
  );
  for (const label of Object.keys(runs[0]!)) {
    const value = median(runs.map((run) => run[label]!));
    const text = label.startsWith('candidates') ? `${value}` : `${value.toFixed(2)} ms`;
    console.log(`  ${label.padEnd(24)} ${text}`);
  }
}
