import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../lib/dataset/build-dataset';
import { isCanonicalJson, toCanonicalJson } from '../lib/dataset/canonical';
import { checkDataset } from '../lib/dataset/check-dataset';
import { FILES, formatIssue, parseDataset, type DatasetFiles } from '../lib/dataset/parse-dataset';
import { compileMatcherData } from '../lib/recognize/compile-matcher';
import { nameStartsOf } from '../lib/recognize/compile-name-starts';
import { GENERATED, readDataFiles } from './data-files';

/**
 * `npm run data:check` (run first by `npm run build`): validates data/*.json with the zod schemas
 * and cross-file checks, then writes the match index, the full entries and the matcher data. Any problem exits 1
 * with the file, entry id and field named. `--format` rewrites the hand-edited files sorted and
 * in canonical form instead of complaining about it.
 */
const root = process.cwd();
const format = process.argv.includes('--format');
const { texts, files } = readDataFiles(root);

if (format) {
  for (const [key, path] of Object.entries(FILES) as [keyof DatasetFiles, string][]) {
    const value = files[key];
    const sorted = Array.isArray(value)
      ? [...value].sort((a, b) => String(a.id).localeCompare(String(b.id), 'en'))
      : value;
    writeFileSync(join(root, path), toCanonicalJson(sorted));
  }
  console.log('Rewrote data/*.json sorted by id in canonical format. Run data:check again.');
  process.exit(0);
}

const problems: string[] = [];
for (const [key, path] of Object.entries(FILES) as [keyof DatasetFiles, string][]) {
  if (!isCanonicalJson(texts[key]))
    problems.push(
      `${path}: not in canonical format (2-space JSON, final newline); run npx tsx scripts/data-check.ts --format`,
    );
}
const { dataset, issues } = parseDataset(files);
problems.push(...issues.map(formatIssue));
if (dataset) problems.push(...checkDataset(dataset).map(formatIssue));
if (problems.length || !dataset) {
  console.error(`Dataset check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

const built = buildDataset(dataset);
// What the content script's matcher needs beyond the index, computed here once, not on every page.
const matcher = compileMatcherData(built.index);
for (const [key, value] of [
  ['index', built.index],
  ['entries', built.entries],
  ['matcher', matcher],
  // What the small content script tests a frame's text with before it loads the matcher.
  ['nameStarts', nameStartsOf(matcher)],
] as const) {
  const out = join(root, GENERATED[key]);
  mkdirSync(dirname(out), { recursive: true });
  // The matcher data ships as a string in every page's content script (lib/dataset/matcher-data.ts):
  // written minified, where indentation would be a third of its size.
  const text =
    key === 'matcher' || key === 'nameStarts' ? `${JSON.stringify(value)}\n` : toCanonicalJson(value);
  writeFileSync(out, text);
  const minified = JSON.stringify(value);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `${GENERATED[key]}: ${kb(Buffer.byteLength(text))} as written, ${kb(Buffer.byteLength(minified))} minified, ${kb(gzipSync(minified).length)} gzipped`,
  );
}
console.log(
  `Dataset ${dataset.meta.version}: ${built.entries.entries.length} entries, ${built.index.terms.length} match terms, ${dataset.lists.length} lists.`,
);
