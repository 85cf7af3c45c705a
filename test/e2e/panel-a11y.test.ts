import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowsers } from './support/driver';
import { isPainted } from './support/highlight-probes';
import type { PanelPage } from './support/panel-driver';
import { newestTabId, tabIdOf } from './support/panel-tabs';
import { serveFixtures, type FixtureServer } from './support/server';

// axe-core on every view of the real panel, colour contrast included (happy-dom has no layout, so
// the component tests leave contrast to this file), in the light and the dark theme, in Chromium
// and Firefox.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
beforeAll(async () => void (server = await serveFixtures()));
afterAll(() => server?.close());

/** Serious and critical violations only, as "rule: element" lines a person can act on. */
async function seriousViolations(panel: PanelPage): Promise<string[]> {
  // evaluate() runs through the driver, so the extension page's CSP does not block the source.
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

const tab = (name: string) => ({ role: 'tab', name });

describeInBrowsers('panel: accessibility', (browser) => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every view passes axe with no serious or critical violations (${scheme})`, async () => {
      const host = browser().panel!;
      const article = await browser().newPage();
      const url = server.url('demo-article.html');
      await article.goto(url);
      await article.waitFor(isPainted, 'lithium');
      const panel = await host.openPanel(await tabIdOf(host, url));
      await panel.colorScheme(scheme);
      expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        scheme === 'dark',
      );

      await panel.click({ css: '.term-toggle', text: undefined });
      await panel.waitFor({ css: '.term-toggle[aria-expanded=true]' });
      expect(await seriousViolations(panel), 'This page').toEqual([]);
      await panel.click(tab('Browse'));
      await panel.fill({ role: 'combobox', name: 'Search minerals and policy terms' }, 'rare');
      await panel.waitFor({ css: '[role=listbox] [role=option]' });
      expect(await seriousViolations(panel), 'Browse').toEqual([]);
      await panel.press('Enter');
      await panel.waitFor({ role: 'heading', name: 'Rare earth elements' });
      expect(await seriousViolations(panel), 'entry').toEqual([]);
      await panel.click(tab('Settings'));
      expect(await seriousViolations(panel), 'Settings').toEqual([]);

      const blank = await browser().newPage();
      const unsupported = await host.openPanel(await newestTabId(host));
      await unsupported.colorScheme(scheme);
      await unsupported.waitFor({ role: 'heading', name: 'Mineral Lens can’t read this page' });
      expect(await seriousViolations(unsupported), 'unsupported').toEqual([]);
      await Promise.all([article.close(), panel.close(), blank.close(), unsupported.close()]);
      // Five axe runs over the whole panel: minutes, not seconds, in Firefox on a busy machine.
    }, 240_000);
  }
});
