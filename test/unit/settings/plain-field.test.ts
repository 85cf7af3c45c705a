import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PALETTE_IDS } from '@/lib/palette';
import { plainCategory, plainField } from '@/lib/settings/plain-field';
import {
  CARD_LANGUAGES,
  CARD_TEXT_SIZES,
  CategoryIdSchema,
  CategorySettingSchema,
  HIGHLIGHT_STYLES,
  SETTINGS_FIELDS,
  SITE_MODES,
  SettingsSchema,
  TRIGGERS,
} from '@/lib/settings/schema';

// The plain checks stand in for the settings schema at start-up (lib/settings/plain-field.ts): a
// value they accept must be one the schema accepts, read exactly as the schema reads it. Inputs mix
// every kind of value with the near misses a stored value may hold (edges of ranges, other choices).
const nearMisses = fc.oneof(
  fc.constantFrom(...HIGHLIGHT_STYLES, ...TRIGGERS, ...SITE_MODES, ...CARD_LANGUAGES, ...CARD_TEXT_SIZES),
  fc.constantFrom('thin', 'medium', 'thick', 'Underline', '', 'hover ', true, false, null, undefined),
  fc.constantFrom(0, -0, 1, 0.5, 2000, 2000.4, 2000.5, 2001, -1, -0.4, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer({ min: -10, max: 3000 }),
  fc.anything(),
);
const categoryIds = fc.oneof(
  fc.constantFrom('law', 'battery-metal'),
  fc.constantFrom('constructor', 'prototype', '__proto__', 'Law', '', 'a'.repeat(41)),
  fc.string(),
);
// Spread into plain objects, as storage gives them (fast-check's records may lack a prototype).
const entryFields = {
  enabled: fc.oneof(fc.boolean(), fc.constant(undefined), fc.anything()),
  colour: fc.oneof(fc.constantFrom(...PALETTE_IDS), fc.constant(undefined), fc.string()),
};
const categoryEntries = fc.oneof(
  fc.record(entryFields, { requiredKeys: [] }).map((entry) => ({ ...entry })),
  fc.record({ ...entryFields, extra: fc.anything() }, { requiredKeys: [] }).map((entry) => ({ ...entry })),
  fc.anything(),
);

describe('plain checks of stored settings read what the schema reads', () => {
  // languages, sites and categories are read by hand in parse.ts (categories below).
  const scalarFields = SETTINGS_FIELDS.filter((f) => !['languages', 'sites', 'categories'].includes(f));
  test.each(scalarFields)('%s: what a plain check accepts, the schema accepts as the same value', (field) => {
    fc.assert(
      fc.property(nearMisses, (input) => {
        const plain = plainField(field, input);
        if (!plain) return;
        const parsed = SettingsSchema.shape[field].safeParse(input);
        expect(parsed.success).toBe(true);
        expect(Object.is(plain.value, parsed.data) || plain.value === parsed.data).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('the values a saved setting holds are all read plainly', () => {
    for (const [field, value] of [
      ['enabled', false],
      ['style', 'background'],
      ['lineThickness', 'thick'],
      ['dwellMs', 0],
      ['closeDelayMs', 2000],
      ['cardTextSize', 150],
      ['cardLanguage', 'page'],
      ['threshold', 1],
      ['siteMode', 'only-on'],
      ['notebook', true],
    ] as const)
      expect(plainField(field, value)).toEqual({ value });
  });

  test('a category entry a plain check accepts is the entry the schema gives, key for key', () => {
    fc.assert(
      fc.property(categoryIds, categoryEntries, (id, input) => {
        const plain = plainCategory(id, input);
        if (!plain) return;
        const entry = CategorySettingSchema.safeParse(input);
        expect(CategoryIdSchema.safeParse(id).success).toBe(true);
        expect(entry.success).toBe(true);
        expect(Object.entries(plain)).toEqual(Object.entries(entry.data!));
      }),
      { numRuns: 1000 },
    );
    expect(plainCategory('law', { enabled: false, colour: 'violet' })).toEqual({
      enabled: false,
      colour: 'violet',
    });
    expect(plainCategory('law', {})).toEqual({});
  });
});
