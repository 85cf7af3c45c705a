/**
 * The match regexes' design, measured in one run: every key in one global regex (past V8's 20 kB
 * limit once the dataset outgrows it, so not optimised) scanning the text, against the key finder
 * (lib/recognize/key-matches.ts: word starts looked up by first word, a small regex per first word
 * tried sticky where one may match) and the joined regexes a frame of megabytes switches to
 * (global-key-matches.ts). Matching only, no judging, on corpus text (a term every ~90
 * characters) and on the same prose with its terms taken out. CPU time, not wall time: the
 * machines this runs on are shared, and CPU time is what a page pays.
 *
 *   tsx scripts/bench/match-regexes.ts
 */
import { loadCorpusIndex } from '../../test/corpus/evaluate-corpus';
import { readCorpus } from '../../test/corpus/parse-corpus';
import { compileMatcher } from '@/lib/recognize';
import { scanCandidates } from '@/lib/recognize/scan-candidates';
import { compileKeyFinderData } from '@/lib/recognize/compile-key-starts';
import { createKeyFinder, type NextKeyMatch } from '@/lib/recognize/key-matches';
import { expandTrie, keysRegex, REGEX_SOURCE_LIMIT, startsWithAsciiWord } from '@/lib/recognize/regex-trie';

const TARGET_CHARS = 4_000_000;
const ROUNDS = 15;

const matcher = compileMatcher(loadCorpusIndex()!);
const keys = [...matcher.entries.keys()].filter(startsWithAsciiWord);
const blocks = readCorpus().flatMap((page) => page.blocks.map((block) => block.text));
const withoutTerms = (text: string) => {
  let out = '';
  let last = 0;
  for (const c of scanCandidates(matcher, text)) {
    out += text.slice(last, c.start);
    last = c.end;
  }
  return out + text.slice(last);
};
const grow = (text: string) => text.repeat(Math.ceil(TARGET_CHARS / text.length));
const texts = { corpus: grow(blocks.join('\n')), plain: grow(blocks.map(withoutTerms).join('\n')) };

type Finder = (text: string) => NextKeyMatch;

function oneRegex(): { sources: string[]; find: Finder } {
  const regex = keysRegex(keys);
  return {
    sources: [regex.source],
    find: (text) => (from) => {
      regex.lastIndex = from;
      return regex.exec(text);
    },
  };
}

/** The finder word by word, or (`globalAfter` 0) with its regexes joined at once. */
function keyFinder(globalAfter?: number): { sources: string[]; find: Finder } {
  const data = compileKeyFinderData(keys);
  const { next } = createKeyFinder(data, globalAfter);
  return { sources: data.regexes.map(expandTrie), find: (text) => (from) => next(text, from) };
}

const designs = {
  'one regex': oneRegex(),
  'key finder': keyFinder(),
  'joined regexes': keyFinder(0),
};

function scan(find: Finder, text: string): number {
  const next = find(text);
  let count = 0;
  for (let m = next(0); m; m = next(m.index + m[0].length)) count++;
  return count;
}

const cpuMs = (run: () => void) => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

console.log(
  `Match regexes: ${keys.length} keys, Node ${process.version}, V8 optimises up to ${REGEX_SOURCE_LIMIT}`,
);
for (const [label, text] of Object.entries(texts)) {
  const runs = Object.entries(designs).map(([name, { sources, find }]) => {
    return { name, sources, find, count: scan(find, text), times: [] as number[] };
  });
  // Taken in turns, round after round, so a shared machine's load weighs on each alike.
  for (let round = 0; round < ROUNDS; round++)
    for (const run of runs) run.times.push(cpuMs(() => scan(run.find, text)));
  console.log(`  ${label}, ${(text.length / 1e6).toFixed(1)} M characters:`);
  const base = median(runs[0]!.times);
  for (const run of runs) {
    const ms = median(run.times);
    const total = run.sources.reduce((sum, s) => sum + s.length, 0);
    const sizes = `${run.sources.length} regexes of ${total}`;
    console.log(
      `    ${run.name.padEnd(20)} ${ms.toFixed(1).padStart(7)} ms CPU (${(ms / base).toFixed(2)}x), ${run.count} matches, ${sizes} chars`,
    );
  }
}
