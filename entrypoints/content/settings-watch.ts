import { browser } from 'wxt/browser';
import { DEFAULT_ENGINE_OPTIONS, isSiteOff, type EngineOptions } from '@/lib/page/engine-options';

/**
 * TEMPORARY until the settings store (branch `settings`) lands and this file reads it instead.
 * Reads the `settings` key of storage.sync, field by field, falling back to the defaults for any
 * field that is missing or malformed: { enabled, offSites, style, firstMentionOnly, threshold }.
 * The site switch is decided here, from the page's hostname: an off site is `enabled: false`.
 */
const KEY = 'settings';

function toOptions(raw: unknown, hostname: string): EngineOptions {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_ENGINE_OPTIONS;
  const offSites = Array.isArray(s.offSites)
    ? s.offSites.filter((x): x is string => typeof x === 'string')
    : [];
  const enabled = typeof s.enabled === 'boolean' ? s.enabled : d.enabled;
  return {
    ...d,
    enabled: enabled && !isSiteOff(hostname, offSites),
    style: s.style === 'underline' || s.style === 'background' ? s.style : d.style,
    firstMentionOnly: typeof s.firstMentionOnly === 'boolean' ? s.firstMentionOnly : d.firstMentionOnly,
    threshold:
      typeof s.threshold === 'number' && s.threshold >= 0 && s.threshold <= 1 ? s.threshold : d.threshold,
  };
}

export async function readEngineOptions(hostname: string): Promise<EngineOptions> {
  const stored = await browser.storage.sync.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return toOptions(stored[KEY], hostname);
}

/** Calls back with fresh options whenever the settings change, in every open tab, live. */
export function watchEngineOptions(
  hostname: string,
  signal: AbortSignal,
  onChange: (options: EngineOptions) => void,
): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) onChange(toOptions(changes[KEY]!.newValue, hostname));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
