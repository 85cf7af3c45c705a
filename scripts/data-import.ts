import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORT_MAP } from '../lib/dataset/usgs/import-map';
import { extractFigures } from '../lib/dataset/usgs/extract';
import { FiguresFileSchema } from '../lib/dataset/schema-figures';
import { toCanonicalJson } from '../lib/dataset/canonical';
import { readUsgsInput } from './usgs-raw';

/**
 * `npm run data:import`: USGS MCS 2026 raw files → data/usgs-figures.json. Deterministic: the
 * same raw bytes always give the same file, and a unit test checks the committed one.
 */
const root = process.cwd();
const figures = extractFigures(readUsgsInput(root), Object.keys(IMPORT_MAP));
// Validate, but write the extraction itself: zod's parse output reorders keys to schema order.
FiguresFileSchema.parse(figures);
const out = join(root, 'data', 'usgs-figures.json');
writeFileSync(out, toCanonicalJson(figures));
console.log(`Wrote ${out}: ${figures.figures.length} entries, data year ${figures.dataYear}.`);
