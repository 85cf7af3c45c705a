import { browser } from 'wxt/browser';
import type { EngineOptions } from '@/lib/page/engine-options';
import { engineOptionsFor } from '@/lib/settings/engine-options';
import { defaultSettings } from '@/lib/settings/schema';
import { createBrowserSettingsStorage } from '@/lib/settings/storage';

/**
 * The page engine's options from the user's settings (lib/settings), for this page's hostname.
 * Reads through the settings storage, so sync, the local fallback and every repair apply here too.
 */
const storage = () => createBrowserSettingsStorage(browser.storage);

export async function readEngineOptions(hostname: string): Promise<EngineOptions> {
  const loaded = await storage()
    .load()
    .catch(() => ({ settings: defaultSettings() }));
  return engineOptionsFor(loaded.settings, hostname);
}

/** Calls back with fresh options whenever the settings change, in every open tab, live. */
export function watchEngineOptions(
  hostname: string,
  signal: AbortSignal,
  onChange: (options: EngineOptions) => void,
): void {
  const unwatch = storage().watch(({ settings }) => onChange(engineOptionsFor(settings, hostname)));
  signal.addEventListener('abort', unwatch);
}
