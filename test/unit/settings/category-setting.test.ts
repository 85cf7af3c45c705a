import { describe, expect, test } from 'vitest';
import { categorySetting, updateCategory } from '@/lib/settings/category-setting';
import { PALETTE_IDS } from '@/lib/palette';
import { defaultSettings } from '@/lib/settings/schema';

describe('categorySetting', () => {
  test('a category with no stored entry is on, in its default colour', () => {
    const settings = defaultSettings();
    expect(categorySetting(settings, 'battery-metal')).toEqual({ enabled: true, colour: 'teal' });
    expect(categorySetting(settings, 'rare-earth-element')).toEqual({ enabled: true, colour: 'purple' });
    expect(categorySetting(settings, 'law')).toEqual({ enabled: true, colour: 'indigo' });
  });

  test('an unknown category takes its kind’s colour', () => {
    const settings = defaultSettings();
    expect(categorySetting(settings, 'new-group', 'group').colour).toBe('teal');
    expect(categorySetting(settings, 'new-mineral-kind', 'mineral').colour).toBe('teal');
    expect(categorySetting(settings, 'trade-agreement', 'policy').colour).toBe('indigo');
    expect(PALETTE_IDS).toContain(categorySetting(settings, 'anything').colour);
  });

  test('a partial stored entry is completed from the defaults', () => {
    const settings = {
      ...defaultSettings(),
      categories: { law: { enabled: false }, 'battery-metal': { colour: 'rose' as const } },
    };
    expect(categorySetting(settings, 'law')).toEqual({ enabled: false, colour: 'indigo' });
    expect(categorySetting(settings, 'battery-metal')).toEqual({ enabled: true, colour: 'rose' });
  });

  test('Object.prototype members are not categories', () => {
    const settings = defaultSettings();
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(categorySetting(settings, id)).toEqual({ enabled: true, colour: 'teal' });
    }
  });

  test('updateCategory changes one category and keeps the others', () => {
    const settings = { ...defaultSettings(), categories: { law: { enabled: false } } };
    expect(updateCategory(settings, 'law', { colour: 'blue' })).toEqual({
      categories: { law: { enabled: false, colour: 'blue' } },
    });
    expect(updateCategory(settings, 'battery-metal', { enabled: false }).categories).toEqual({
      law: { enabled: false },
      'battery-metal': { enabled: false },
    });
  });
});
