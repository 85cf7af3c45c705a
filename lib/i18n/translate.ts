import { PALETTE, type PaletteId } from '@/lib/palette';
import { STRINGS, type StringKey } from './strings';
import { translatorFor, type Locale, type TranslateOf } from './translator';

export { localeFor, type Locale, type StringVars } from './translator';

/** `t(key, vars)`, carrying its locale for the few things worded outside STRINGS (palette names). */
export type Translate = TranslateOf<StringKey>;

/**
 * Every UI string, for the panel. Pass `browser.i18n.getUILanguage()` from the entrypoint, so
 * components stay extension-free. (The content script translates the card's strings only.)
 */
export function createTranslator(uiLanguage?: string): Translate {
  return translatorFor(STRINGS, uiLanguage);
}

/** A palette colour's name in the UI language; shown next to every swatch, never colour alone. */
export function colourName(id: PaletteId, locale: Locale): string {
  return PALETTE[id][locale];
}
