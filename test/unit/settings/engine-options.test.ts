import { describe, expect, test } from 'vitest';
import { toEngineOptions as engineOptionsFor } from '@/entrypoints/content/settings-watch';
import { SettingsSchema, defaultSettings } from '@/lib/settings/schema';

const settings = (patch: object) => SettingsSchema.parse({ ...defaultSettings(), ...patch });

describe('engineOptionsFor: the settings as the page engine needs them', () => {
  test('defaults: on, underline, every mention, threshold 0.5, every language', () => {
    const options = engineOptionsFor(defaultSettings(), 'news.example.com');
    expect(options).toMatchObject({
      enabled: true,
      style: 'underline',
      thickness: 'medium',
      firstMentionOnly: false,
      threshold: 0.5,
      languages: ['en', 'es', 'fr'],
    });
    expect(options.colourOf('battery-metal')).toBe('teal');
    expect(options.colourOf('law')).toBe('indigo');
  });

  test('the global switch and the site list decide whether the page is highlighted', () => {
    expect(engineOptionsFor(settings({ enabled: false }), 'example.com').enabled).toBe(false);
    expect(engineOptionsFor(settings({ sites: ['example.com'] }), 'news.example.com').enabled).toBe(false);
    expect(engineOptionsFor(settings({ sites: ['example.com'] }), 'other.org').enabled).toBe(true);
    const onlyOn = settings({ siteMode: 'only-on', sites: ['example.com'] });
    expect(engineOptionsFor(onlyOn, 'example.com').enabled).toBe(true);
    expect(engineOptionsFor(onlyOn, 'other.org').enabled).toBe(false);
  });

  test('a category switched off has no colour; others keep the chosen one', () => {
    const options = engineOptionsFor(
      settings({ categories: { 'battery-metal': { enabled: false }, law: { colour: 'rose' } } }),
      'example.com',
    );
    expect(options.colourOf('battery-metal')).toBeNull();
    expect(options.colourOf('law')).toBe('rose');
    expect(options.colourOf('a-category-added-later')).toBe('teal');
  });

  test('style, first mention only, threshold and languages pass through', () => {
    const options = engineOptionsFor(
      settings({ style: 'background', firstMentionOnly: true, threshold: 0.8, languages: ['es'] }),
      'example.com',
    );
    expect(options).toMatchObject({
      style: 'background',
      firstMentionOnly: true,
      threshold: 0.8,
      languages: ['es'],
    });
  });
});
