import { describe, expect, test } from 'vitest';
import {
  SETTINGS_FIELDS,
  SETTINGS_VERSION,
  SettingsSchema,
  defaultFor,
  defaultSettings,
} from '@/lib/settings/schema';

describe('settings schema', () => {
  test('every field has a default, and the defaults are the documented ones', () => {
    expect(defaultSettings()).toEqual({
      version: SETTINGS_VERSION,
      enabled: true,
      style: 'underline',
      lineThickness: 'medium',
      firstMentionOnly: false,
      trigger: 'hover',
      dwellMs: 150,
      closeDelayMs: 300,
      cardTextSize: 100,
      cardLanguage: 'browser',
      languages: ['en', 'es', 'fr'],
      threshold: 0.5,
      categories: {},
      siteMode: 'everywhere-except',
      sites: [],
      notebook: false,
    });
  });

  // The defaults are plain values, so a page reads a fresh install without building the schema;
  // the schema stays the truth: its own defaults, fields and their order are these.
  test('the plain defaults and field list are what the schema gives', () => {
    const parsed = SettingsSchema.parse({});
    expect(defaultSettings()).toStrictEqual(parsed);
    expect(Object.keys(defaultSettings())).toEqual(Object.keys(parsed));
    expect(SETTINGS_FIELDS).toEqual(Object.keys(SettingsSchema.shape).filter((key) => key !== 'version'));
    const first = defaultSettings();
    first.languages.pop();
    first.sites.push('example.com');
    expect(defaultSettings()).toStrictEqual(parsed);
  });

  test('defaults are fresh copies, so mutating one never changes the next', () => {
    const first = defaultSettings();
    first.languages.push('en');
    first.sites.push('example.com');
    expect(defaultSettings().languages).toEqual(['en', 'es', 'fr']);
    expect(defaultSettings().sites).toEqual([]);
    expect(defaultFor('dwellMs')).toBe(150);
  });

  test('SETTINGS_FIELDS lists every field but the version', () => {
    expect([...SETTINGS_FIELDS, 'version'].sort()).toEqual(Object.keys(defaultSettings()).sort());
  });

  test('is strict: unknown keys, reserved category ids and out-of-range numbers are refused', () => {
    expect(SettingsSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ categories: { constructor: { enabled: true } } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ categories: { 'Battery Metal': {} } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ dwellMs: 2001 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ threshold: 1.5 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ languages: [] }).success).toBe(false);
    expect(SettingsSchema.safeParse({ categories: { law: { colour: '#ff0000' } } }).success).toBe(false);
  });

  test('normalises what it accepts: sites canonical and unique, languages unique, delays whole', () => {
    const parsed = SettingsSchema.parse({
      sites: ['WWW.Example.com', 'example.com', 'https://news.bbc.co.uk/x#y'],
      languages: ['es', 'es'],
      dwellMs: 149.6,
      categories: { 'battery-metal': { colour: 'rose' } },
    });
    expect(parsed.sites).toEqual(['example.com', 'news.bbc.co.uk']);
    expect(parsed.languages).toEqual(['es']);
    expect(parsed.dwellMs).toBe(150);
    expect(parsed.categories).toEqual({ 'battery-metal': { colour: 'rose' } });
  });
});
