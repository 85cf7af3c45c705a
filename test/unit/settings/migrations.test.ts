import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { categorySetting } from '@/lib/settings/category-setting';
import { V1_DEFAULT_COLOUR, migrateSettings } from '@/lib/settings/migrations';
import { parseSettings } from '@/lib/settings/parse';
import { SETTINGS_VERSION, SettingsSchema, defaultSettings } from '@/lib/settings/schema';

// Full examples of every older stored shape, as documented in lib/settings/migrations.ts.
const V1 = {
  enabled: false,
  highlightColour: V1_DEFAULT_COLOUR,
  mode: 'first',
  disabledSites: ['www.example.com', 'News.Example.org'],
  hoverDelay: 250,
};
const V2 = {
  version: 2,
  enabled: true,
  style: 'background',
  mode: 'all',
  trigger: 'click',
  hoverDelay: 3000,
  language: 'es',
  categories: { 'battery-metal': { enabled: false, colour: 'rose' }, law: { enabled: true, colour: 'teal' } },
  siteMode: 'whitelist',
  sites: ['elpais.com'],
};

describe('settings migrations', () => {
  test('v4: every choice the user made is kept, and the card follows the browser language as before', () => {
    const v4 = {
      version: 4,
      lineThickness: 'thick',
      cardTextSize: 130,
      enabled: false,
      style: 'background',
      firstMentionOnly: true,
      trigger: 'click',
      dwellMs: 400,
      closeDelayMs: 900,
      languages: ['es'],
      threshold: 0.7,
      categories: { 'battery-metal': { enabled: false, colour: 'rose' } },
      siteMode: 'only-on',
      sites: ['eluniversal.com.mx'],
    };
    expect(parseSettings(v4)).toEqual({
      settings: { ...v4, version: 6, cardLanguage: 'browser', notebook: false },
      problems: [],
    });
  });

  test('this build is version 6, and a migration exists from every older version', () => {
    expect(SETTINGS_VERSION).toBe(6);
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      expect(migrateSettings({ version }).value.version).toBe(SETTINGS_VERSION);
    }
  });

  test('v1 (no version key): mode, block list and hover delay carry over; the default colour is no loss', () => {
    expect(parseSettings(V1)).toEqual({
      settings: {
        ...defaultSettings(),
        enabled: false,
        firstMentionOnly: true,
        siteMode: 'everywhere-except',
        sites: ['example.com', 'news.example.org'],
        dwellMs: 250,
      },
      problems: [],
    });
  });

  test('v1 with a colour of its own tells the user that colour could not be kept', () => {
    const { settings, problems } = parseSettings({ ...V1, highlightColour: '#FF00AA' });
    expect(settings.categories).toEqual({});
    expect(problems).toEqual([{ code: 'colour-dropped' }]);
  });

  test('v3 keeps every value the user set; the notebook starts off', () => {
    const v3 = { ...defaultSettings(), version: 3, style: 'background', dwellMs: 600, sites: ['elpais.com'] };
    delete (v3 as { notebook?: boolean }).notebook;
    expect(parseSettings(v3)).toEqual({
      settings: {
        ...defaultSettings(),
        style: 'background',
        dwellMs: 600,
        sites: ['elpais.com'],
        notebook: false,
      },
      problems: [],
    });
  });

  test('v1 with only some keys still migrates', () => {
    expect(parseSettings({ mode: 'all' }).settings).toEqual(defaultSettings());
    expect(parseSettings({ disabledSites: [] }).settings).toEqual(defaultSettings());
    expect(parseSettings({}).settings).toEqual(defaultSettings());
  });

  test('v2: renamed fields, "whitelist" becomes only-on, an over-long delay is capped at 2000 ms', () => {
    expect(parseSettings(V2)).toEqual({
      settings: {
        ...defaultSettings(),
        style: 'background',
        firstMentionOnly: false,
        trigger: 'click',
        dwellMs: 2000,
        languages: ['es'],
        // law's teal was v2's default, which v2 stored for every category: it moves to the new one.
        categories: { 'battery-metal': { enabled: false, colour: 'rose' }, law: { enabled: true } },
        siteMode: 'only-on',
        sites: ['elpais.com'],
      },
      problems: [],
    });
  });

  test('v2 "both" languages means every language, French included; blacklist means everywhere-except', () => {
    const { settings } = parseSettings({ ...V2, language: 'both', siteMode: 'blacklist' });
    expect(settings.languages).toEqual(['en', 'es', 'fr']);
    expect(settings.siteMode).toBe('everywhere-except');
  });

  test('a bad old value is moved to its new name and reported there, not silently lost', () => {
    const { settings, problems } = parseSettings({ ...V1, mode: 'sometimes', hoverDelay: 'soon' });
    expect(settings.firstMentionOnly).toBe(false);
    expect(settings.dwellMs).toBe(150);
    expect(problems).toEqual([
      { code: 'invalid-value', field: 'firstMentionOnly' },
      { code: 'invalid-value', field: 'dwellMs' },
    ]);
    expect(parseSettings({ ...V2, siteMode: 'greylist', language: 'de' }).problems).toEqual([
      { code: 'invalid-value', field: 'languages' },
      { code: 'unknown-value', field: 'siteMode' },
    ]);
  });

  test('a current-shaped value that lost its version key keeps its current fields', () => {
    const { settings } = parseSettings({ style: 'background', threshold: 0.8, sites: ['example.com'] });
    expect(settings).toMatchObject({ style: 'background', threshold: 0.8, sites: ['example.com'] });
  });

  test('v3: categories still on the old default colours move to the new ones; chosen colours stay', () => {
    const v3 = {
      version: 3,
      style: 'background',
      categories: {
        'battery-metal': { colour: 'amber' }, // v3 default: moves
        'base-metal': { colour: 'amber', enabled: false }, // v3 default, switched off: stays off
        'rare-earth-element': { colour: 'rose' }, // chosen: stays
        'precious-metal': { colour: 'orange' }, // another category's old default: chosen here
        law: { colour: 'teal' }, // v3 default: moves
        agency: { colour: 'amber' }, // chosen (policy default was teal): stays
        'a-later-category': { colour: 'amber', enabled: true }, // v3 fallback: moves
      },
    };
    const { settings, problems } = parseSettings(v3);
    expect(problems).toEqual([]);
    expect(settings.style).toBe('background');
    expect(settings.categories).toEqual({
      'base-metal': { enabled: false },
      'rare-earth-element': { colour: 'rose' },
      'precious-metal': { colour: 'orange' },
      agency: { colour: 'amber' },
      'a-later-category': { enabled: true },
    });
    expect(categorySetting(settings, 'battery-metal').colour).toBe('teal');
    expect(categorySetting(settings, 'law').colour).toBe('indigo');
    expect(settings.lineThickness).toBe('medium');
    expect(settings.cardTextSize).toBe(100);
  });

  test('v3 categories of the wrong shape are left for the parser to report', () => {
    expect(parseSettings({ version: 3, categories: ['amber'] }).problems).toEqual([
      { code: 'invalid-value', field: 'categories' },
    ]);
    expect(migrateSettings({ version: 3, categories: { law: 'teal' } }).value.categories).toEqual({
      law: 'teal',
    });
  });

  test('migrations never carry unknown or prototype keys', () => {
    const { value } = migrateSettings(JSON.parse('{"__proto__": {"x": 1}, "junk": 1, "mode": "all"}'));
    expect(Object.keys(value).sort()).toEqual(['firstMentionOnly', 'version']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('any v1- or v2-shaped value migrates to valid settings (property)', () => {
    const v1 = fc.record(
      {
        enabled: fc.boolean(),
        highlightColour: fc.oneof(fc.constant(V1_DEFAULT_COLOUR), fc.string()),
        mode: fc.constantFrom('all', 'first'),
        disabledSites: fc.array(fc.domain(), { maxLength: 20 }),
        hoverDelay: fc.integer({ min: 0, max: 5000 }),
      },
      { requiredKeys: [] },
    );
    const v2 = fc.record({
      version: fc.constant(2),
      style: fc.constantFrom('underline', 'background'),
      mode: fc.constantFrom('all', 'first'),
      trigger: fc.constantFrom('hover', 'click'),
      hoverDelay: fc.integer({ min: 0, max: 5000 }),
      language: fc.constantFrom('en', 'es', 'both'),
      siteMode: fc.constantFrom('blacklist', 'whitelist'),
      sites: fc.array(fc.domain(), { maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.oneof(v1, v2), (old) => {
        const { settings, problems } = parseSettings(old);
        expect(SettingsSchema.safeParse(settings).success).toBe(true);
        expect(problems.filter((p) => p.code !== 'colour-dropped')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
