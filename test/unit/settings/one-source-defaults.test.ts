import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '@/lib/dataset/categories';
import { DEFAULT_THRESHOLD } from '@/lib/recognize';
import { colourOf, costOfChange, defaultEngineOptions, engineOptionsFor } from '@/lib/page/engine-options';
import { categorySetting } from '@/lib/settings/category-setting';
import { SettingsSchema, defaultSettings } from '@/lib/settings/schema';

// The settings schema is the one source of defaults: the engine's defaults (which the bench and
// the engine's tests run on) must be what a fresh install gets, not a copy that drifts.
describe('engine defaults come from the settings schema', () => {
  const settings = defaultSettings();
  const engine = defaultEngineOptions();

  test('the same languages as a fresh install', () => {
    expect([...engine.languages].sort()).toEqual([...settings.languages].sort());
  });

  test('every category has the colour a fresh install paints it with', () => {
    for (const { slug, applies } of CATEGORIES)
      expect([slug, colourOf(engine, slug)]).toEqual([slug, categorySetting(settings, slug, applies).colour]);
  });

  test('the same style, threshold and first-mention mode', () => {
    expect(engine).toMatchObject({
      enabled: settings.enabled,
      style: settings.style,
      threshold: settings.threshold,
      firstMentionOnly: settings.firstMentionOnly,
    });
  });
});

// A settings change repaints the page only when what paint depends on changed: the options are
// rebuilt on every change, so they must be compared by value.
describe('what a settings change costs the page', () => {
  const before = defaultSettings();
  const after = (patch: object) => SettingsSchema.parse({ ...before, ...patch });
  const cost = (patch: object) =>
    costOfChange(engineOptionsFor(before, 'example.com'), engineOptionsFor(after(patch), 'example.com'));

  test.each([
    [{ dwellMs: 600 }],
    [{ closeDelayMs: 900 }],
    [{ trigger: 'click' }],
    [{ sites: ['other.org'] }],
    [{ categories: { law: { colour: 'indigo' } } }],
  ])('%o leaves the highlights alone', (patch) => {
    expect(cost(patch)).toBe('none');
  });

  test.each([
    [{ categories: { law: { colour: 'rose' } } }],
    [{ categories: { 'battery-metal': { enabled: false } } }],
    [{ style: 'background' }],
    [{ lineThickness: 'thick' }],
    [{ threshold: 0.8 }],
  ])('%o repaints', (patch) => {
    expect(cost(patch)).toBe('repaint');
  });
});

test('a caller of the recognizer that passes no threshold gets the settings default', () => {
  expect(DEFAULT_THRESHOLD).toBe(defaultSettings().threshold);
});
