/** Strings of the term card, English and Spanish; Spanish is typed against English. */
const en = {} as const;

const es: Record<keyof typeof en, string> = {};

export const CARD_STRINGS = { en, es };
