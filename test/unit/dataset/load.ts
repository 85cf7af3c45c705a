import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from '../../../lib/dataset/check-dataset';
import { type Dataset, parseDataset } from '../../../lib/dataset/parse-dataset';
import { GENERATED, readDataFiles } from '../../../scripts/data-files';

/** Shared by the dataset tests: the committed files, parsed once per test file. */
export const ROOT = process.cwd();

export function loadFiles() {
  return readDataFiles(ROOT);
}

export function loadDataset(): Dataset {
  const { dataset, issues } = parseDataset(loadFiles().files);
  if (!dataset) throw new Error(`dataset does not parse: ${JSON.stringify(issues.slice(0, 5))}`);
  const problems = checkDataset(dataset);
  if (problems.length) throw new Error(`dataset checks fail: ${JSON.stringify(problems.slice(0, 5))}`);
  return dataset;
}

export function readGenerated(key: keyof typeof GENERATED): string {
  return readFileSync(join(ROOT, GENERATED[key]), 'utf8');
}

export function readRaw(name: string): Buffer {
  return readFileSync(join(ROOT, 'data/raw/usgs-mcs-2026', name));
}
