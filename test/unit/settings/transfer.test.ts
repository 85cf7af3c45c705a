import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createTranslator } from '@/lib/i18n/translate';
import { PALETTE_IDS } from '@/lib/palette';
import { describeImportError } from '@/lib/settings/describe-import-error';
import {
  CARD_TEXT_SIZES,
  CARD_LANGUAGES,
  LANGUAGES,
  SETTINGS_VERSION,
  defaultSettings,
  type Settings,
} from '@/lib/settings/schema';
import {
  MAX_IMPORT_BYTES,
  exportFileName,
  exportSettings,
  importSettings,
  type ImportResult,
} from '@/lib/settings/transfer';

const en = createTranslator('en');
const es = createTranslator('es');
const file = (settings: Record<string, unknown>, marker: unknown = SETTINGS_VERSION) =>
  JSON.stringify({ mineralLensSettings: marker, settings });

/** The refusal message for a file, in English; fails the test if the file was accepted. */
function refusal(text: string, t = en): string {
  const result = importSettings(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return describeImportError(result.error, t);
}

const settingsArbitrary: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(SETTINGS_VERSION),
  enabled: fc.boolean(),
  style: fc.constantFrom('underline', 'background'),
  lineThickness: fc.constantFrom('thin', 'medium', 'thick'),
  firstMentionOnly: fc.boolean(),
  trigger: fc.constantFrom('hover', 'click'),
  dwellMs: fc.integer({ min: 0, max: 2000 }),
  closeDelayMs: fc.integer({ min: 0, max: 2000 }),
  cardTextSize: fc.constantFrom(...CARD_TEXT_SIZES),
  cardLanguage: fc.constantFrom(...CARD_LANGUAGES),
  languages: fc.subarray([...LANGUAGES], { minLength: 1 }),
  threshold: fc.double({ min: 0, max: 1, noNaN: true }),
  categories: fc.dictionary(
    fc.stringMatching(/^[a-z0-9-]{1,40}$/).filter((id) => id !== 'constructor' && id !== 'prototype'),
    fc.record({ enabled: fc.boolean(), colour: fc.constantFrom(...PALETTE_IDS) }, { requiredKeys: [] }),
    { maxKeys: 10 },
  ),
  siteMode: fc.constantFrom('everywhere-except', 'only-on'),
  sites: fc.uniqueArray(fc.constantFrom('example.com', 'elpais.com', 'news.bbc.co.uk', 'reuters.com')),
  notebook: fc.boolean(),
});

describe('exportSettings', () => {
  test('pretty JSON with the marker, every field but the version, and a trailing newline', () => {
    const text = exportSettings(defaultSettings());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "mineralLensSettings": 6,\n');
    const parsed = JSON.parse(text);
    expect(parsed.settings).not.toHaveProperty('version');
    expect(Object.keys(parsed.settings)).toHaveLength(Object.keys(defaultSettings()).length - 1);
  });

  test('names the file by date', () => {
    expect(exportFileName(new Date('2026-03-04T10:00:00Z'))).toBe('mineral-lens-settings-2026-03-04.json');
  });

  test('anything exported imports back unchanged (property)', () => {
    fc.assert(
      fc.property(settingsArbitrary, (settings) => {
        expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings, notes: [] });
      }),
      { numRuns: 200 },
    );
  });
});

describe('importSettings: each refusal names what is wrong', () => {
  test('not JSON, not an object, no marker, a bad marker', () => {
    expect(refusal('{"mineralLensSettings": 3,')).toBe('The file is not valid JSON.');
    expect(refusal('')).toBe('The file is not valid JSON.');
    expect(refusal('[1,2]')).toBe('The file does not contain a settings object.');
    expect(refusal('{"enabled": true}')).toMatch(/not a Mineral Lens settings file.*mineralLensSettings/);
    expect(refusal(file({}, '3'))).toMatch(/marker must be a settings version number/);
    expect(refusal(file({}, 2.5))).toMatch(/marker must be a settings version number/);
    expect(refusal(file({}, 0))).toMatch(/marker must be a settings version number/);
  });

  test('a file from a newer version says which version, and which this one reads', () => {
    expect(refusal(file({}, 7))).toBe(
      'The file comes from a newer version of Mineral Lens (settings version 7); this version reads up to 6.',
    );
  });

  test('larger than 1 MB, counted in bytes', () => {
    expect(refusal(' '.repeat(MAX_IMPORT_BYTES + 1))).toBe('The file is larger than 1 MB.');
    const accents = file({ sites: [] }) + ' '.repeat(10) + 'é'.repeat(MAX_IMPORT_BYTES / 2);
    expect(importSettings(accents)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  test('no settings object; unknown keys at either level, including __proto__', () => {
    expect(refusal('{"mineralLensSettings": 3}')).toBe('The file has no “settings” object.');
    expect(refusal('{"mineralLensSettings": 3, "settings": [] }')).toBe('The file has no “settings” object.');
    expect(refusal('{"mineralLensSettings": 3, "settings": {}, "extra": 1}')).toBe('Unknown entry “extra”.');
    expect(refusal(file({ firstMentonOnly: true }))).toBe('Unknown entry “firstMentonOnly”.');
    expect(refusal(file({ version: 3 }))).toBe('Unknown entry “version”.');
    expect(refusal(file({ mode: 'first' }))).toBe('Unknown entry “mode”.');
    expect(refusal('{"mineralLensSettings": 3, "settings": {"__proto__": {"polluted": 1}}}')).toBe(
      'Unknown entry “__proto__”.',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a bad field refuses the whole file, naming the field and the problem', () => {
    expect(refusal(file({ enabled: false, style: 'glow' }))).toBe(
      'Highlight style: expected one of underline, background.',
    );
    expect(refusal(file({ dwellMs: 5000 }))).toBe('Hover delay: must be between 0 and 2000.');
    expect(refusal(file({ threshold: '0.5' }))).toBe('Confidence threshold: must be a number.');
    expect(refusal(file({ enabled: 'yes' }))).toBe('Highlighting: must be true or false.');
    expect(refusal(file({ sites: ['example.com', 'not a site'] }))).toBe(
      'Sites, entry 2: “not a site” is not a site name.',
    );
    expect(refusal(file({ languages: [] }))).toBe('Term languages: at least 1 entry.');
    expect(refusal(file({ categories: { law: { colour: 'red' } } }))).toMatch(
      /^Categories › law › colour: expected one of indigo, cyan, teal/,
    );
    expect(refusal(file({ categories: { 'Rare Earths': {} } }))).toMatch(
      /“Rare Earths” is not a category id/,
    );
    expect(refusal(file({ categories: { constructor: {} } }))).toMatch(/“constructor” is not a category id/);
    expect(refusal(file({ sites: Array.from({ length: 501 }, (_, i) => `s${i}.example`) }))).toBe(
      'Sites: at most 500 entries.',
    );
  });

  test('several bad fields are all named (up to three), in Spanish too', () => {
    const text = file({ style: 'glow', trigger: 'wink', dwellMs: -1, threshold: 2 });
    expect(refusal(text).split('. ').length).toBe(3);
    expect(refusal(file({ style: 'glow' }), es)).toBe(
      'Estilo de resaltado: se esperaba uno de estos valores: underline, background.',
    );
  });

  test('hostile content is quoted back short', () => {
    const message = refusal(file({ sites: ['x'.repeat(100_000)] }));
    expect(message.length).toBeLessThan(200);
  });

  test('a partial file sets what it has; the rest takes defaults', () => {
    expect(importSettings(file({ style: 'background' }))).toEqual({
      ok: true,
      settings: { ...defaultSettings(), style: 'background' },
      notes: [],
    });
  });

  test('older versions are migrated on import', () => {
    const result: ImportResult = importSettings(
      file({ mode: 'first', hoverDelay: 400, language: 'en', siteMode: 'blacklist', sites: ['x.com'] }, 2),
    );
    expect(result).toEqual({
      ok: true,
      notes: [],
      settings: {
        ...defaultSettings(),
        firstMentionOnly: true,
        dwellMs: 400,
        languages: ['en'],
        sites: ['x.com'],
      },
    });
    expect(importSettings(file({ highlightColour: '#123456', disabledSites: ['a.com'] }, 1))).toMatchObject({
      ok: true,
      notes: [{ code: 'colour-dropped' }],
      settings: { sites: ['a.com'] },
    });
  });
});
