/**
 * Prints the recognizer's precision and recall on test/corpus per language and group, then every
 * miss and false positive with its context and reason. `--traps` also lists every unlabelled
 * alias occurrence and what became of it, which is how new corpus text gets its labels checked.
 * `--dir DIR` scores another folder in the corpus format (en/, es/): a held-out set, say, scored
 * once before anything is tuned on it.
 *
 *   npm run corpus [-- --traps] [-- --dir DIR]
 */
import path from 'node:path';
import { compileMatcher, createPageContext, findMentions } from '@/lib/recognize';
import {
  corpusIndexPath,
  loadCorpusIndex,
  precision,
  recall,
  scoreCorpus,
  tally,
  type Outcome,
} from '../test/corpus/evaluate-corpus';
import { explanationInWords } from '@/lib/i18n/reason-words';
import { readCorpus } from '../test/corpus/parse-corpus';

const index = loadCorpusIndex();
if (!index) {
  console.error(`No match index at ${corpusIndexPath()}: run npm run data:check, or set MATCH_INDEX.`);
  process.exit(1);
}
const matcher = compileMatcher(index);
const dirAt = process.argv.indexOf('--dir');
const pages = dirAt === -1 ? readCorpus() : readCorpus(path.resolve(process.argv[dirAt + 1] ?? '.'));
const score = scoreCorpus(matcher, pages);

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
function row(label: string, keep: (o: Outcome) => boolean) {
  const t = tally(score.outcomes, keep);
  const cells = [t.hits + t.misses, t.hits, t.misses, t.falsePositives].map((n) => String(n).padStart(6));
  console.log(`${label.padEnd(24)}${cells.join('')}${pct(precision(t))}${pct(recall(t))}`);
}

console.log(
  `Corpus: ${pages.length} pages, ${score.trueMentions} true mentions, ${score.traps} traps; index ${index.version}`,
);
console.log(
  `${''.padEnd(24)}${['gold', 'hits', 'miss', 'fp'].map((h) => h.padStart(6)).join('')}${'P%'.padStart(6)}${'R%'.padStart(6)}`,
);
for (const lang of ['en', 'es'] as const) {
  for (const group of ['minerals', 'policy'] as const)
    row(`${lang} ${group}`, (o) => o.lang === lang && o.group === group);
  row(`${lang} all`, (o) => o.lang === lang);
}
row('all', () => true);

console.log('\nBy dataset category (both languages):');
for (const category of [...new Set(score.outcomes.map((o) => o.category))].sort()) {
  row(`  ${category}`, (o) => o.category === category);
}

for (const verdict of ['miss', 'false positive'] as const) {
  const list = score.outcomes.filter((o) => o.verdict === verdict);
  console.log(`\n${verdict === 'miss' ? 'Misses' : 'False positives'} (${list.length}):`);
  for (const o of list) console.log(`  ${o.file}:${o.line} ${o.termId}: ${o.context}\n      ${o.reason}`);
}

if (process.argv.includes('--traps')) {
  console.log('\nUnlabelled alias occurrences (traps):');
  for (const page of pages) {
    const context = createPageContext();
    for (const [i, block] of page.blocks.entries()) {
      const mentions = findMentions(matcher, block.text, { page: context, blockKey: i, includeHeld: true });
      for (const m of mentions) {
        if (block.gold.some((g) => g.start < m.end && m.start < g.end)) continue;
        const flag = m.held ? 'ok ' : 'FP ';
        console.log(
          `  ${flag}${page.file}:${block.line} ${m.termId} "${m.text}" ${m.confidence} ${explanationInWords(m.why, 'en')}`,
        );
      }
    }
  }
}
