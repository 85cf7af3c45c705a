// Regenerates the content script's ::highlight() stylesheet from the palette:
// `npx tsx scripts/write-highlight-css.ts`. A unit test fails when the file and the palette disagree.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { highlightCss } from '../lib/page/highlight-css';

const file = resolve(import.meta.dirname, '../entrypoints/content/highlights.css');
writeFileSync(file, highlightCss());
console.log(`Wrote ${file}`);
