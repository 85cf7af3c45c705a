// Rewrites the message table in docs/architecture.md from lib/messaging/catalogue.ts:
// `npx tsx scripts/write-message-table.ts`. A unit test fails when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withMessageTable } from '../lib/messaging/message-table';

const file = resolve(import.meta.dirname, '../docs/architecture.md');
writeFileSync(file, withMessageTable(readFileSync(file, 'utf8')));
console.log(`Wrote ${file}`);
