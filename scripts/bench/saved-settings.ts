import { defaultSettings } from '@/lib/settings/schema';
import type { ChromiumSession } from '../../test/e2e/support/extension';
import { serviceWorker } from '../../test/e2e/support/panel';

/**
 * BENCH_SETTINGS=saved: the start-up benches load pages as a reader who has changed a setting, not
 * as a fresh install. The panel saves the whole settings object, so such a reader has every field
 * stored and every frame that loads the engine reads them all; a fresh profile never showed that
 * cost (issue 15: building the settings' zod schema, ~20 ms a frame unminified).
 */
export const SAVED_SETTINGS = process.env.BENCH_SETTINGS === 'saved';

export async function saveReaderSettings(session: ChromiumSession): Promise<void> {
  const settings = {
    ...defaultSettings(),
    dwellMs: 250,
    sites: ['example.com'],
    categories: { 'battery-metal': { colour: 'rose' } },
  };
  const worker = await serviceWorker(session);
  await worker.evaluate(
    (settings) =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }
      ).chrome.storage.sync.set({ settings }),
    settings,
  );
}
