/**
 * The defaults the settings schema (./schema.ts) gives the fields that code outside settings also
 * needs before any settings are read: the recognizer's threshold, the card's delays. Plain numbers,
 * no zod, so the pure recognizer can import them without the schema; the schema reads them from
 * here, so there is one source and nothing to drift.
 */
export const SETTINGS_DEFAULTS = {
  /** Minimum recognizer confidence (0..1) for a mention to be highlighted. */
  threshold: 0.5,
  /** How long the pointer must rest on a mention before the card opens. */
  dwellMs: 150,
  /** How long the card stays after the pointer leaves both the mention and the card. */
  closeDelayMs: 300,
} as const;
