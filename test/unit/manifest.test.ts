import { describe, expect, test } from 'vitest';
import { SHORTCUT_COMMANDS } from '@/lib/background/mention-shortcut';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string }) => Record<string, unknown>;
const manifestFor = (browser: string) => (config.manifest as unknown as ManifestFn)({ browser });

describe('manifest', () => {
  test.each(['chrome', 'firefox'])(
    '%s asks only for storage and the context menu: no tabs, no hosts',
    (browser) => {
      const manifest = manifestFor(browser);
      expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'alarms']);
      expect(manifest).not.toHaveProperty('host_permissions');
      expect(manifest).not.toHaveProperty('optional_host_permissions');
    },
  );

  test.each(['chrome', 'firefox'])(
    '%s exposes only the lazily imported scripts to pages, and Chrome only under a per-session address',
    (browser) => {
      const resources = manifestFor(browser).web_accessible_resources as Record<string, unknown>[];
      expect(resources.flatMap((r) => r.resources)).toEqual(['content-main.js', 'card-ui.js']);
      // A fixed chrome-extension:// address would let any page probe whether the extension is installed.
      if (browser === 'chrome') for (const r of resources) expect(r.use_dynamic_url).toBe(true);
    },
  );

  test('Firefox gets a stable add-on id, a floor that has ::highlight(), and declares no data collection', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: Record<string, unknown> })
      .gecko;
    expect(gecko.id).toBe('mineral-lens@mineral-lens.org');
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test.each(['chrome', 'firefox'])(
    '%s has the next/previous-mention shortcuts, described in both languages',
    (browser) => {
      const commands = manifestFor(browser).commands as Record<
        string,
        { suggested_key: { default: string }; description: string }
      >;
      expect(Object.keys(commands).sort()).toEqual(Object.keys(SHORTCUT_COMMANDS).sort());
      expect(commands['next-mention']!.suggested_key.default).toBe('Alt+Shift+Period');
      expect(commands['previous-mention']!.suggested_key.default).toBe('Alt+Shift+Comma');
      for (const { description } of Object.values(commands)) {
        const key = /^__MSG_(\w+)__$/.exec(description)![1]!;
        expect(en[key as keyof typeof en]?.message).toBeTruthy();
        expect(es[key as keyof typeof es]?.message).toBeTruthy();
      }
    },
  );

  test('Chrome gets a floor that has caretPositionFromPoint', () => {
    expect(Number(manifestFor('chrome').minimum_chrome_version)).toBeGreaterThanOrEqual(128);
  });
});
