import { describe, expect, test } from 'vitest';
import { STRINGS } from '@/lib/i18n/strings';
import { colourName, createTranslator, localeFor } from '@/lib/i18n/translate';

describe('translate', () => {
  test('follows the browser language, falling back to English', () => {
    expect(localeFor('es')).toBe('es');
    expect(localeFor('es-MX')).toBe('es');
    expect(localeFor('es_419')).toBe('es');
    expect(localeFor('en-GB')).toBe('en');
    expect(localeFor('fr')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });

  test('fills placeholders, and leaves unknown ones visible rather than blank', () => {
    const t = createTranslator('es-ES');
    expect(t.locale).toBe('es');
    expect(t('settings.sites.remove', { site: 'elpais.com' })).toBe('Quitar elpais.com');
    expect(t('settings.sites.remove')).toBe('Quitar {site}');
    expect(createTranslator('en')('settings.sites.full', { max: 500 })).toContain('500 sites');
  });

  test('both languages have every key, non-empty, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(STRINGS.es).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const [key, english] of Object.entries(STRINGS.en)) {
      const spanish = STRINGS.es[key as keyof typeof STRINGS.en];
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });

  test('palette colours have names in both languages', () => {
    expect(colourName('teal', 'en')).toBe('Teal');
    expect(colourName('teal', 'es')).toBe('Verde azulado');
  });
});
