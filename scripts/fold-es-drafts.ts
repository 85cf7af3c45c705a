import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCanonicalJson } from '../lib/dataset/canonical';
import { DRAFT_FILES, foldSpanish, type DataKey, type Drafts } from '../lib/dataset/fold-spanish';
import { FILES } from '../lib/dataset/parse-dataset';

/**
 * `npx tsx scripts/fold-es-drafts.ts [--partial] [root]`: folds the Spanish drafts in
 * data/es-drafts/ into minerals.json, groups.json, policy-terms.json and lists.json. Checks every
 * id, field and array length against the English first and writes nothing on any mismatch.
 * `--partial` accepts drafts that leave some entries out. Safe to run again: same input, same files.
 */
const args = process.argv.slice(2);
const partial = args.includes('--partial');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const keys: DataKey[] = ['minerals', 'groups', 'policyTerms', 'lists'];

const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as never;
const files = Object.fromEntries(keys.map((k) => [k, read(FILES[k])])) as unknown as Parameters<
  typeof foldSpanish
>[0];
const drafts: Drafts = {};
for (const key of keys) if (existsSync(join(root, DRAFT_FILES[key]))) drafts[key] = read(DRAFT_FILES[key]);
if (Object.keys(drafts).length === 0) {
  console.error(`No drafts found under ${join(root, 'data/es-drafts')}.`);
  process.exit(1);
}

const { files: out, errors, folded } = foldSpanish(files, drafts, { partial });
if (errors.length) {
  console.error(`Nothing written: ${errors.length} problem(s) in the drafts:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
for (const key of Object.keys(drafts) as DataKey[])
  writeFileSync(join(root, FILES[key]), toCanonicalJson(out[key]));
console.log(
  `Folded Spanish into ${folded} entries from ${Object.keys(drafts).length} draft file(s). Run npm run data:check.`,
);
