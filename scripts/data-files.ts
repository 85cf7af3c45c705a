import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, type DatasetFiles } from '../lib/dataset/parse-dataset';

/** Reads every data file as text and JSON; shared by data-check and the tests. */
export function readDataFiles(root: string): {
  texts: Record<keyof DatasetFiles, string>;
  files: DatasetFiles;
} {
  const texts = {} as Record<keyof DatasetFiles, string>;
  const files = {} as Record<keyof DatasetFiles, unknown>;
  for (const [key, path] of Object.entries(FILES) as [keyof DatasetFiles, string][]) {
    texts[key] = readFileSync(join(root, path), 'utf8');
    try {
      files[key] = JSON.parse(texts[key]);
    } catch (e) {
      throw new Error(`${path}: not valid JSON (${(e as Error).message})`, { cause: e });
    }
  }
  return { texts, files };
}

export const GENERATED = {
  index: 'data/generated/match-index.json',
  entries: 'data/generated/entries.json',
  matcher: 'data/generated/matcher.json',
  nameStarts: 'data/generated/name-starts.json',
} as const;
