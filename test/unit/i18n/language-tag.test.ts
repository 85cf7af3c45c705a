import { describe, expect, test } from 'vitest';
import { localNameFor } from '@/lib/card/local-name';
import { STRINGS } from '@/lib/i18n/strings';
import { primaryLanguage } from '@/lib/i18n/language-tag';
import { createTranslator, localeFor } from '@/lib/i18n/translate';
import { inflectPhrase } from '@/lib/recognize/inflect';

const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
];
const GARBAGE = [
  '',
  ' ',
  '-',
  'x',
  'e$',
  '12',
  'english',
  'en US',
  '\u0000es',
  'еs' /* Cyrillic е */,
  'es'.repeat(500),
];

describe('a page-written language tag', () => {
  test.each([
    ['en-US', 'en'],
    ['ES-mx', 'es'],
    ['es_419', 'es'],
    [' fr-CA ', 'fr'],
    ['zh-Hant-TW', 'zh'],
    ['ast', 'ast'],
  ])('%j has the primary language %j', (tag, language) => expect(primaryLanguage(tag)).toBe(language));

  test.each([...PROTOTYPE_NAMES, ...GARBAGE])('%j has none', (tag) => expect(primaryLanguage(tag)).toBe(''));
});

describe('lookups keyed by a language never reach Object.prototype', () => {
  const names = { es: 'galio', fr: 'gallium' };

  test.each([...PROTOTYPE_NAMES, ...GARBAGE, 'en-US', 'de'])('no local name for %j', (lang) => {
    expect(localNameFor(names, lang)).toBeUndefined();
  });

  test('a local name for a language the entry has, however the tag is written', () => {
    expect(localNameFor(names, 'ES-mx')).toEqual({ name: 'galio', language: 'es' });
    expect(localNameFor(names, 'fr')).toEqual({ name: 'gallium', language: 'fr' });
  });

  test.each(PROTOTYPE_NAMES)('the UI language %j falls back to English', (lang) => {
    expect(localeFor(lang)).toBe('en');
    expect(createTranslator(lang)('card.close')).toBe('Close');
  });

  test.each(PROTOTYPE_NAMES)('a key %j that is not a string shows itself, not a function', (key) => {
    const t = createTranslator('es');
    expect(t(key as keyof typeof STRINGS.en)).toBe(key);
  });

  test.each([...PROTOTYPE_NAMES, '', 'EN', 'fr'])('inflection in language %j is none', (lang) => {
    expect(inflectPhrase('rare earths', lang)).toEqual([]);
  });

  test('inflection still works in the two languages it knows', () => {
    expect(inflectPhrase('rare earths', 'en')).toEqual(['rare earth']);
    expect(inflectPhrase('tierras raras', 'es')).toEqual(['tierra rara']);
  });
});
