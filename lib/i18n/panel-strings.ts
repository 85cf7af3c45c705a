/** Strings of the panel's page, browse and export views, English and Spanish; Spanish is typed against English. */
const en = {} as const;

const es: Record<keyof typeof en, string> = {};

export const PANEL_STRINGS = { en, es };
