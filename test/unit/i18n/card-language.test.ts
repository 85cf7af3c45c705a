import { describe, expect, test } from 'vitest';
import { cardLanguageTag } from '@/lib/i18n/card-language';
import { CARD_STRINGS } from '@/lib/i18n/card-strings';
import { switchableTranslator } from '@/lib/i18n/translator';

// The card-language setting: which language the card speaks for each choice, whatever the page
// writes in its <html lang>, and a switch that takes effect on an open card.
const localeOf = (tag: string) => switchableTranslator(CARD_STRINGS, tag).locale;

describe('card language', () => {
  test.each([
    ['browser', 'es-MX', 'en', 'es'],
    ['browser', 'en-US', 'es-MX', 'en'],
    ['page', 'en-US', 'es-MX', 'es'],
    ['page', 'es-MX', 'en', 'en'],
    ['page', 'es-MX', '', 'es'],
    ['page', 'en-US', 'constructor', 'en'],
    ['en', 'es-MX', 'es', 'en'],
    ['es', 'en-US', 'en', 'es'],
  ] as const)('%s, browser %s, page %j: %s', (setting, browserLanguage, pageLang, locale) => {
    expect(localeOf(cardLanguageTag(setting, browserLanguage, pageLang))).toBe(locale);
  });

  test('switching language changes the words at once, and says whether anything changed', () => {
    const t = switchableTranslator(CARD_STRINGS, 'en-US');
    expect(t('card.close')).toBe('Close');
    expect(t.setLanguage('es-MX')).toBe(true);
    expect(t.locale).toBe('es');
    expect(t('card.close')).toBe('Cerrar');
    expect(t.setLanguage('es')).toBe(false);
  });
});
