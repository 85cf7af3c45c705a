// What the content script's heap is made of (issue 15: halve the heap per frame): a heap snapshot
// of one start-up bench page with the extension, less the same page without it, by V8's object type
// and name, and the largest single objects. Unlike time, a heap snapshot hardly moves with the
// machine's load. `npx tsx scripts/bench/start-up-heap.ts [page]` after `npx wxt build`
// (BENCH_BUILD=dir for another build). InstructionStream is machine code: V8 compiles each regex
// to it, once per subject width (one-byte text, two-byte text), besides optimised functions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { findBrowser } from '../../test/e2e/support/browsers';
import { CHROME_BUILD, launchBareChromium, launchChromium } from '../../test/e2e/support/extension';
import { serveFixtures } from '../../test/e2e/support/server';
import { startUpPages } from './start-up-pages';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const BUILD = process.env.BENCH_BUILD ?? CHROME_BUILD;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(6)} kB`;
const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

/** The settled page's heap, by type, by type and name, and its objects over 50 kB. */
async function snapshotOf(context: BrowserContext, url: string) {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(2500);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const s = JSON.parse(chunks.join('')) as Snapshot;
    const fields = s.snapshot.meta.node_fields;
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const byType = new Map<string, number>();
    const byName = new Map<string, number>();
    const large: [number, string][] = [];
    for (let i = 0; i < s.nodes.length; i += fields.length) {
      const type = s.snapshot.meta.node_types[0][s.nodes[i + typeAt!]!]!;
      const name = s.strings[s.nodes[i + nameAt!]!]!;
      const size = s.nodes[i + sizeAt!]!;
      const key = `${type}: ${STRING_TYPES.has(type) ? `${name.slice(0, 50)}…` : name}`;
      byType.set(type, (byType.get(type) ?? 0) + size);
      byName.set(key, (byName.get(key) ?? 0) + size);
      if (size > 50_000) large.push([size, key]);
    }
    return { byType, byName, large: large.sort((a, b) => b[0] - a[0]) };
  } finally {
    await tab.close();
  }
}

const added = (ours: Map<string, number>, bare: Map<string, number>) =>
  [...ours].map(([key, size]) => [key, size - (bare.get(key) ?? 0)] as const).sort((a, b) => b[1] - a[1]);

const { files, pages } = startUpPages();
const page = pages.find((p) => p.name === (process.argv[2] ?? 'plain'));
if (!page) throw new Error(`no page ${process.argv[2]}: ${pages.map((p) => p.name).join(', ')}`);
const dir = mkdtempSync(join(tmpdir(), 'ml-heap-'));
for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
const server = await serveFixtures(dir);
const executablePath = findBrowser('chromium')!;
const session = await launchChromium(executablePath, { build: BUILD });
const bare = await launchBareChromium(executablePath);
try {
  const ours = await snapshotOf(session.context, server.url(page.file));
  const alone = await snapshotOf(await bare.newContext(), server.url(page.file));
  const total = [...added(ours.byType, alone.byType)].reduce((sum, [, size]) => sum + size, 0);
  console.log(`Heap the extension adds to ${page.label} (${BUILD}): ${kb(total)} in all`);
  console.log('  by type:');
  for (const [key, size] of added(ours.byType, alone.byType).slice(0, 8))
    console.log(`  ${kb(size)}  ${key}`);
  console.log('  by type and name:');
  for (const [key, size] of added(ours.byName, alone.byName).slice(0, 16))
    console.log(`  ${kb(size)}  ${key}`);
  console.log('  single objects over 50 kB with the extension:');
  for (const [size, key] of ours.large) console.log(`  ${kb(size)}  ${key}`);
} finally {
  await session.close();
  await bare.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
