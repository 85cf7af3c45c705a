// The start-up bench's notebook row (issue 17: "the content script's cost unchanged with the
// notebook on"): the article page loaded by a second Chromium whose settings turn the notebook on
// before any page opens, beside the same page in the bench's own Chromium (notebook off, the
// default), in the same run, loads alternating, with the same wait. The wait covers the feed's
// settle delay (2 s after the mentions stop changing, then an idle moment), so the hand-over to
// the background is inside the profile; the count of visits kept afterwards shows it happened, and
// the service worker's profile over the same window (start-up-background.ts) what it cost there.
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '@/lib/settings/schema';
import { launchChromium, type ChromiumSession } from '../../test/e2e/support/extension';
import { serviceWorker } from '../../test/e2e/support/panel';
import type { FixtureServer } from '../../test/e2e/support/server';
import { median } from './median';
import { watchBackground, type BackgroundProfiler } from './start-up-background';
import { highlightsSettled, profileLoad, PROBE_SCRIPT, type LoadFigures } from './start-up-profile';

/** At least the feed's 2 s settle plus its idle callback's 2 s timeout, then still highlights. */
const NOTEBOOK_WAIT_MS = 4500;

interface StorageApi {
  chrome: { storage: { sync: { set(items: object): Promise<void> } } };
}

/** Visits the notebook keeps, per page, read from its database in the service worker. */
async function keptVisits(session: ChromiumSession): Promise<number[]> {
  return (await serviceWorker(session)).evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'mineral-lens-notebook')) return [];
    return new Promise<number[]>((resolve, reject) => {
      const open = indexedDB.open('mineral-lens-notebook');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const read = open.result.transaction('pages').objectStore('pages').getAll();
        read.onsuccess = () => {
          open.result.close();
          resolve((read.result as { visits: number[] }[]).map((p) => p.visits.length));
        };
      };
    });
  });
}

export async function benchNotebook(options: {
  executablePath: string;
  /** The build under test, as the bench's own Chromium loads it (BENCH_BUILD). */
  build: string;
  /** The bench's Chromium with the extension, settings as installed (notebook off). */
  off: ChromiumSession;
  /** The background of `off`, already watched by the bench. */
  offBackground: BackgroundProfiler;
  coldWorker: boolean;
  server: FixtureServer;
  file: string;
  runs: number;
  line(label: string, value: string): void;
}): Promise<void> {
  const { executablePath, build, off, offBackground, coldWorker, server, file, runs, line } = options;
  const on = await launchChromium(executablePath, { build });
  let onBackground: BackgroundProfiler | undefined;
  try {
    onBackground = await watchBackground(on);
    await (
      await serviceWorker(on)
    ).evaluate((settings) => (globalThis as unknown as StorageApi).chrome.storage.sync.set({ settings }), {
      version: SETTINGS_VERSION,
      notebook: true,
    });
    await on.context.addInitScript({ content: PROBE_SCRIPT });
    const settled = (page: Page) => highlightsSettled(page, NOTEBOOK_WAIT_MS);
    const load = (session: ChromiumSession, background: BackgroundProfiler) =>
      profileLoad(
        session.context,
        server.url('blank.html'),
        server.url(file),
        (url) => url.startsWith('chrome-extension://'),
        settled,
        { background, coldWorker },
      );
    // Off and on alternate, so a change in the machine's load falls on both alike.
    const withOff: LoadFigures[] = [];
    const withOn: LoadFigures[] = [];
    for (let i = 0; i < runs; i++) {
      withOff.push(await load(off, offBackground));
      withOn.push(await load(on, onBackground));
    }
    const fig = (runs: LoadFigures[], key: keyof LoadFigures) =>
      `${median(runs.map((r) => r[key])).toFixed(1)} ms`;
    const mb = (runs: LoadFigures[], key: 'heapBytes' | 'backgroundHeapBytes' = 'heapBytes') =>
      `${(median(runs.map((r) => r[key])) / 1024 / 1024).toFixed(2)} MB`;
    console.log(`\n  article, notebook off / on (same run, ${NOTEBOOK_WAIT_MS / 1000} s wait after load)`);
    line(
      'extension JavaScript (CPU profile)',
      `${fig(withOff, 'oursMs')} / ${fig(withOn, 'oursMs')}  ` +
        `(runs on: ${withOn.map((r) => r.oursMs.toFixed(1)).join(', ')})`,
    );
    line(
      '  background JavaScript (service worker)',
      `${fig(withOff, 'backgroundMs')} / ${fig(withOn, 'backgroundMs')}  ` +
        `(runs on: ${withOn.map((r) => r.backgroundMs.toFixed(1)).join(', ')})`,
    );
    const total = (runs: LoadFigures[]) => runs.map((r) => ({ ...r, oursMs: r.oursMs + r.backgroundMs }));
    line('  in all, page + background', `${fig(total(withOff), 'oursMs')} / ${fig(total(withOn), 'oursMs')}`);
    line(
      'longest unbroken run of our samples',
      `${fig(withOff, 'oursStretchMs')} / ${fig(withOn, 'oursStretchMs')}`,
    );
    line(
      'renderer main-thread time (CDP TaskDuration)',
      `${fig(withOff, 'taskMs')} / ${fig(withOn, 'taskMs')}`,
    );
    line('renderer CPU time (CDP ProcessTime)', `${fig(withOff, 'cpuMs')} / ${fig(withOn, 'cpuMs')}`);
    line('JS heap after GC', `${mb(withOff)} / ${mb(withOn)}`);
    line(
      "  the service worker's JS heap after GC",
      `${mb(withOff, 'backgroundHeapBytes')} / ${mb(withOn, 'backgroundHeapBytes')}`,
    );
    line(
      'visits kept by the notebook, off / on',
      `${(await keptVisits(off)).join(', ') || 'none'} / ${(await keptVisits(on)).join(', ') || 'none'}`,
    );
  } finally {
    await onBackground?.close();
    await on.close();
  }
}
