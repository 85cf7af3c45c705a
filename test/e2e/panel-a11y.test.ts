import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers } from './support/driver';
import { isPainted } from './support/highlight-probes';
import { newestTabId, openPanel, tabIdOf } from './support/panel';
import { serveFixtures, type FixtureServer } from './support/server';

// axe-core on every view of the real panel, colour contrast included (happy-dom has no layout, so
// the component tests leave contrast to this file), in the light and the dark theme. Chromium
// only, as the other panel tests.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

/** Serious and critical violations only, as "rule: element" lines a person can act on. */
async function seriousViolations(panel: Page): Promise<string[]> {
  // evaluate() runs through the debugger, so the extension page's CSP does not block the source.
  await panel.evaluate(AXE_SOURCE);
  return panel.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`),
      );
  });
}

describeInBrowsers(
  'panel: accessibility',
  (browser) => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`every view passes axe with no serious or critical violations (${scheme})`, async () => {
        const session = browser().chromium!;
        const article = await session.context.newPage();
        await article.goto(server.url('demo-article.html'));
        await article.waitForFunction(isPainted, 'lithium');
        const panel = await openPanel(session, await tabIdOf(session, article.url()));
        await panel.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });

        await panel.getByRole('button', { name: /^Lithium Li \d+ mentions$/ }).click();
        expect(await seriousViolations(panel), 'This page').toEqual([]);
        await panel.getByRole('tab', { name: 'Browse' }).click();
        await panel.getByRole('combobox', { name: 'Search minerals and policy terms' }).fill('rare');
        expect(await seriousViolations(panel), 'Browse').toEqual([]);
        await panel.keyboard.press('Enter');
        await panel.getByRole('heading', { level: 2, name: 'Rare earth elements' }).waitFor();
        expect(await seriousViolations(panel), 'entry').toEqual([]);
        await panel.getByRole('tab', { name: 'Settings' }).click();
        expect(await seriousViolations(panel), 'Settings').toEqual([]);

        const blank = await session.context.newPage();
        const unsupported = await openPanel(session, await newestTabId(session));
        await unsupported.emulateMedia({ colorScheme: scheme });
        await unsupported.getByRole('heading', { name: /can’t read this page/ }).waitFor();
        expect(await seriousViolations(unsupported), 'unsupported').toEqual([]);
        await Promise.all([article.close(), panel.close(), blank.close(), unsupported.close()]);
      });
    }
  },
  { only: ['chromium'] },
);
