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

  // Reading the browser's language wakes the i18n API, which cost a page milliseconds at start-up:
  // the card asks only when it first needs a word, and a switch before then is simply taken.
  test('a language given as a function is read only when the first word is needed', () => {
    let asked = 0;
    const t = switchableTranslator(CARD_STRINGS, () => (asked++, 'es-MX'));
    expect(asked).toBe(0);
    expect(t('card.close')).toBe('Cerrar');
    expect(t.locale).toBe('es');
    expect(asked).toBe(1);
    const later = switchableTranslator(CARD_STRINGS, () => (asked++, 'es-MX'));
    expect(later.setLanguage('en')).toBe(false);
    expect(later('card.close')).toBe('Close');
    expect(asked).toBe(1);
  });
});
