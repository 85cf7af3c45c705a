import { CARD_STRINGS } from './card-strings';
import { NOTEBOOK_STRINGS } from './notebook-strings';
import { PANEL_STRINGS } from './panel-strings';
import { SETTINGS_STRINGS } from './settings-strings';

/**
 * Every UI string of the extension's pages, English and Spanish: the union of the card's, the
 * panel's, the settings' and the notebook's tables, each in its own file. `{name}` marks a value
 * filled in by `t(key, { name })` (./translate.ts). Spanish is typed against English, so a key
 * missing from either language fails the typecheck. The content script imports only the card's.
 */
const en = { ...SETTINGS_STRINGS.en, ...CARD_STRINGS.en, ...PANEL_STRINGS.en, ...NOTEBOOK_STRINGS.en };
export type StringKey = keyof typeof en;
const es: Record<StringKey, string> = {
  ...SETTINGS_STRINGS.es,
  ...CARD_STRINGS.es,
  ...PANEL_STRINGS.es,
  ...NOTEBOOK_STRINGS.es,
};

export const STRINGS = { en, es } as const;
