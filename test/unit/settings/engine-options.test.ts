import { describe, expect, test } from 'vitest';
import { colourOf, engineOptionsFor } from '@/lib/page/engine-options';
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
    expect(colourOf(options, 'battery-metal')).toBe('teal');
    expect(colourOf(options, 'law')).toBe('indigo');
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
    expect(colourOf(options, 'battery-metal')).toBeNull();
    expect(colourOf(options, 'law')).toBe('rose');
    expect(colourOf(options, 'base-metal')).toBe('wine');
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
