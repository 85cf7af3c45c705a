import { PALETTE, type PaletteId } from '@/lib/palette';
import { STRINGS, type StringKey } from './strings';

export type Locale = keyof typeof STRINGS;
export type StringVars = Record<string, string | number>;

/** `t(key, vars)`, carrying its locale for the few things worded outside STRINGS (palette names). */
export interface Translate {
  (key: StringKey, vars?: StringVars): string;
  readonly locale: Locale;
}

/**
 * The UI locale for a browser language tag ("es-MX" -> "es"); English for anything else.
 * Pass `browser.i18n.getUILanguage()` from the entrypoint, so components stay extension-free.
 */
export function localeFor(uiLanguage: string | undefined): Locale {
  const primary = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'es' ? 'es' : 'en';
}

export function createTranslator(uiLanguage?: string): Translate {
  const locale = localeFor(uiLanguage);
  const table: Record<StringKey, string> = STRINGS[locale];
  const t = (key: StringKey, vars?: StringVars) => fill(table[key] ?? STRINGS.en[key] ?? key, vars);
  return Object.assign(t, { locale });
}

/** A palette colour's name in the UI language; shown next to every swatch, never colour alone. */
export function colourName(id: PaletteId, locale: Locale): string {
  return PALETTE[id][locale];
}

function fill(template: string, vars: StringVars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : placeholder,
  );
}
