/**
 * The match regexes' design, measured in one run: every key in one global regex (past V8's 20 kB
 * limit once the dataset outgrows it, so not optimised) scanning the text, against the key finder
 * (lib/recognize/key-matches.ts: word starts looked up by first word, small regexes tried sticky
 * where one may match) at the page's limit and at V8's. Matching only, no judging, on corpus text (a term every ~90
 * characters) and on the same prose with its terms taken out. CPU time, not wall time: the
 * machines this runs on are shared, and CPU time is what a page pays.
 *
 *   tsx scripts/bench/match-regexes.ts
 */
import { loadCorpusIndex } from '../../test/corpus/evaluate-corpus';
import { readCorpus } from '../../test/corpus/parse-corpus';
import { compileMatcher } from '@/lib/recognize';
import { scanCandidates } from '@/lib/recognize/scan-candidates';
import { createKeyFinder, type NextKeyMatch } from '@/lib/recognize/key-matches';
import { keyStartsByRegex } from '@/lib/recognize/key-starts';
import {
  keysRegexes,
  keysRegexParts,
  LAZY_REGEX_SOURCE_LIMIT,
  REGEX_SOURCE_LIMIT,
  startsWithAsciiWord,
} from '@/lib/recognize/regex-trie';

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
  const sources = keysRegexes(keys, undefined, Infinity);
  const regex = new RegExp(sources[0]!, 'gi');
  return {
    sources,
    find: (text) => (from) => {
      regex.lastIndex = from;
      return regex.exec(text);
    },
  };
}

function keyFinder(limit: number): { sources: string[]; find: Finder } {
  const parts = keysRegexParts(keys, undefined, limit);
  const sources = parts.map((part) => part.source);
  const { next } = createKeyFinder(sources, keyStartsByRegex(parts, keys));
  return { sources, find: (text) => (from) => next(text, from) };
}

const designs = {
  'one regex': oneRegex(),
  [`key finder, ${LAZY_REGEX_SOURCE_LIMIT}`]: keyFinder(LAZY_REGEX_SOURCE_LIMIT),
  'key finder, 20 kB': keyFinder(REGEX_SOURCE_LIMIT),
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
    const sizes = run.sources.map((s) => s.length).join(' + ');
    console.log(
      `    ${run.name.padEnd(20)} ${ms.toFixed(1).padStart(7)} ms CPU (${(ms / base).toFixed(2)}x), ${run.count} matches, ${sizes} chars`,
    );
  }
}
