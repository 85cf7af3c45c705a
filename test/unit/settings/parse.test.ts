import { describe, expect, test } from 'vitest';
import { parseSettings } from '@/lib/settings/parse';
import { SETTINGS_VERSION, defaultSettings } from '@/lib/settings/schema';

const current = (fields: Record<string, unknown>) => ({ version: SETTINGS_VERSION, ...fields });

describe('parseSettings: per-field fallback', () => {
  test('nothing stored is a fresh install: defaults and no problems', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(parseSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  test('a clean stored value round-trips without problems', () => {
    const stored = {
      ...defaultSettings(),
      style: 'background',
      trigger: 'click',
      dwellMs: 400,
      sites: ['example.com'],
      siteMode: 'only-on',
      categories: { law: { enabled: false, colour: 'violet' } },
    };
    expect(parseSettings(JSON.parse(JSON.stringify(stored)))).toEqual({ settings: stored, problems: [] });
  });

  test('a bad field falls back to its default and is reported; the other fields are kept', () => {
    const { settings, problems } = parseSettings(
      current({ style: 'sparkles', trigger: 'click', dwellMs: 'slow', threshold: 7, enabled: false }),
    );
    expect(settings).toMatchObject({
      style: 'underline',
      trigger: 'click',
      dwellMs: 150,
      threshold: 0.5,
      enabled: false,
    });
    expect(problems).toEqual([
      { code: 'unknown-value', field: 'style' },
      { code: 'invalid-value', field: 'dwellMs' },
      { code: 'invalid-value', field: 'threshold' },
    ]);
  });

  test('missing fields take their defaults silently (a field added by an update is not a problem)', () => {
    const { settings, problems } = parseSettings(current({ style: 'background' }));
    expect(settings).toEqual({ ...defaultSettings(), style: 'background' });
    expect(problems).toEqual([]);
  });

  test('lists keep their good entries and report how many bad ones were removed', () => {
    const { settings, problems } = parseSettings(
      current({
        sites: ['example.com', 42, 'not a host', 'EXAMPLE.com', 'news.example.org'],
        languages: ['es', 'klingon', 'en'],
        categories: { law: { enabled: false }, 'Bad Key': { enabled: true }, 'battery-metal': 'amber' },
      }),
    );
    expect(settings.sites).toEqual(['example.com', 'news.example.org']);
    expect(settings.languages).toEqual(['en', 'es']);
    expect(settings.categories).toEqual({ law: { enabled: false } });
    expect(problems).toEqual([
      { code: 'entries-dropped', field: 'languages', count: 1 },
      { code: 'entries-dropped', field: 'categories', count: 2 },
      { code: 'entries-dropped', field: 'sites', count: 2 },
    ]);
  });

  test('a list with nothing usable left falls back to its default', () => {
    const { settings, problems } = parseSettings(current({ languages: ['xx'], sites: 'example.com' }));
    expect(settings.languages).toEqual(['en', 'es', 'fr']);
    expect(settings.sites).toEqual([]);
    expect(problems).toEqual([
      { code: 'invalid-value', field: 'languages' },
      { code: 'invalid-value', field: 'sites' },
    ]);
  });

  test('a value that is not an object at all resets everything, once', () => {
    for (const raw of ['{"enabled":false}', 42, true, ['enabled']]) {
      expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), problems: [{ code: 'unreadable' }] });
    }
  });

  test('a newer version is read field by field, and named only when something had to be reset', () => {
    expect(parseSettings({ version: 99, style: 'background' })).toEqual({
      settings: { ...defaultSettings(), style: 'background' },
      problems: [],
    });
    expect(parseSettings({ version: 99, style: 'glow' }).problems).toEqual([
      { code: 'newer-version', version: 99 },
      { code: 'unknown-value', field: 'style' },
    ]);
  });

  test('an unreadable version is reported and the fields are still read', () => {
    const { settings, problems } = parseSettings({ version: 'three', trigger: 'click' });
    expect(settings.trigger).toBe('click');
    expect(problems).toEqual([{ code: 'bad-version' }]);
  });
});
