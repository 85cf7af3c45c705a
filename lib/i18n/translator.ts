/**
 * The translator itself, over any one table of strings. translate.ts builds the full one for the
 * panel; the content script builds one over the card's strings only (card-strings.ts), so pages
 * do not carry the panel's and the settings' wording. No string table is imported here.
 */
import { primaryLanguage } from './language-tag';

export type Locale = 'en' | 'es';
export type StringVars = Record<string, string | number>;

/** `t(key, vars)` over the keys `K`, carrying its locale. */
export interface TranslateOf<K extends string> {
  (key: K, vars?: StringVars): string;
  readonly locale: Locale;
}

/** The UI locale for a browser language tag ("es-MX" -> "es"); English for anything else. */
export function localeFor(uiLanguage: string | undefined): Locale {
  return primaryLanguage(uiLanguage ?? '') === 'es' ? 'es' : 'en';
}

export function translatorFor<K extends string>(
  tables: { en: Record<K, string>; es: Record<K, string> },
  uiLanguage?: string,
): TranslateOf<K> {
  const locale = localeFor(uiLanguage);
  const table = tables[locale];
  // Own keys only: a key built from data ("lang.constructor") must not find Object.prototype's.
  const own = (strings: Record<K, string>, key: K) =>
    Object.hasOwn(strings, key) ? strings[key] : undefined;
  const t = (key: K, vars?: StringVars) => fill(own(table, key) ?? own(tables.en, key) ?? key, vars);
  return Object.assign(t, { locale });
}

function fill(template: string, vars: StringVars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : placeholder,
  );
}

/**
 * A translator whose language can change while a card is open (the card-language setting). Given
 * a function, it asks for the language only when the first word is needed: the card's default
 * reads the browser's, and the i18n API costs a page milliseconds the first time it is touched.
 */
export function switchableTranslator<K extends string>(
  tables: { en: Record<K, string>; es: Record<K, string> },
  uiLanguage?: string | (() => string),
): TranslateOf<K> & { setLanguage(uiLanguage: string): boolean } {
  let language = uiLanguage;
  let current: TranslateOf<K> | undefined;
  const translator = () =>
    (current ??= translatorFor(tables, typeof language === 'function' ? language() : language));
  const t = (key: K, vars?: StringVars) => translator()(key, vars);
  Object.defineProperty(t, 'locale', { get: () => translator().locale, enumerable: true });
  return Object.assign(t as TranslateOf<K>, {
    /** True when the locale changed, so the caller re-renders (nothing to re-render before a word). */
    setLanguage(next: string) {
      language = next;
      if (!current) return false;
      const before = current.locale;
      current = translatorFor(tables, next);
      return current.locale !== before;
    },
  });
}
