import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { categorySetting } from '@/lib/settings/category-setting';
import { parseSettings } from '@/lib/settings/parse';
import { LIMITS, SETTINGS_VERSION, SettingsSchema, defaultSettings } from '@/lib/settings/schema';

const huge = 'x'.repeat(10 * 1024 * 1024);

describe('parseSettings: hostile stored values', () => {
  test('wrong types in every field reset those fields, never throw', () => {
    const wrong = [null, 0, -1, 'true', [], {}, [1, 2], { length: 3 }, Number.NaN, Infinity];
    for (const value of wrong) {
      const raw = Object.fromEntries(
        Object.keys(defaultSettings()).map((key) => [key, key === 'version' ? SETTINGS_VERSION : value]),
      );
      const { settings } = parseSettings(raw);
      expect(SettingsSchema.safeParse(settings).success).toBe(true);
    }
  });

  test('10 MB strings are refused quickly and never copied into the result or the problems', () => {
    const started = performance.now();
    const { settings, problems } = parseSettings({
      version: SETTINGS_VERSION,
      style: huge,
      sites: [huge, 'example.com'],
      languages: [huge],
      categories: { law: { colour: huge }, [huge.slice(0, 5000)]: { enabled: true } },
    });
    expect(performance.now() - started).toBeLessThan(500);
    expect(settings.sites).toEqual(['example.com']);
    expect(JSON.stringify({ settings, problems }).length).toBeLessThan(2000);
  });

  test('100,000-element lists are truncated to the limit, and the truncation is reported', () => {
    const sites = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    const categories = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`c${i}`, {}]));
    const languages = Array.from({ length: 100_000 }, () => 'en');
    const started = performance.now();
    const { settings, problems } = parseSettings({ version: SETTINGS_VERSION, sites, categories, languages });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(settings.sites).toHaveLength(LIMITS.sites);
    expect(Object.keys(settings.categories)).toHaveLength(LIMITS.categories);
    expect(settings.languages).toEqual(['en']);
    expect(problems).toContainEqual({ code: 'truncated', field: 'sites', max: LIMITS.sites });
    expect(problems).toContainEqual({ code: 'truncated', field: 'categories', max: LIMITS.categories });
  });

  test('unknown keys are dropped', () => {
    const { settings, problems } = parseSettings({
      version: SETTINGS_VERSION,
      evil: 'x',
      style: 'background',
    });
    expect(settings).not.toHaveProperty('evil');
    expect(settings.style).toBe('background');
    expect(problems).toEqual([]);
  });

  test('__proto__, constructor and prototype keys never reach the result or Object.prototype', () => {
    const raw = JSON.parse(`{
      "version": ${SETTINGS_VERSION},
      "__proto__": { "polluted": "yes", "enabled": false },
      "constructor": { "prototype": { "polluted": "yes" } },
      "categories": {
        "__proto__": { "polluted": "yes" },
        "constructor": { "enabled": false },
        "prototype": { "enabled": false },
        "law": { "colour": "rose" }
      },
      "sites": ["__proto__", "constructor.example"]
    }`);
    const { settings } = parseSettings(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect((settings as Record<string, unknown>).polluted).toBeUndefined();
    expect(settings.enabled).toBe(true);
    expect(Object.keys(settings.categories)).toEqual(['law']);
    expect((settings.categories as Record<string, unknown>).polluted).toBeUndefined();
    expect(categorySetting(settings, 'constructor')).toEqual({ enabled: true, colour: 'teal' });
    expect(settings.sites).toEqual(['constructor.example']);
  });

  test('anything at all parses to valid settings without throwing (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(fc.constantFrom(...Object.keys(defaultSettings()), '__proto__'), fc.anything()),
        ),
        (raw) => {
          const { settings, problems } = parseSettings(raw);
          expect(SettingsSchema.safeParse(settings).success).toBe(true);
          expect(Array.isArray(problems)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a throwing getter (no storage area makes one, but still) gives defaults', () => {
    const raw = {
      version: SETTINGS_VERSION,
      get style(): string {
        throw new Error('boom');
      },
    };
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), problems: [{ code: 'unreadable' }] });
  });
});
