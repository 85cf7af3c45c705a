import type { SettingsField } from './schema';

/**
 * What reading stored settings had to repair. Structured rather than prose so the panel can word
 * it in the user's language (./describe-problem.ts) whenever it shows it, not when it was found.
 */
export type SettingsProblem =
  /** The stored value was not an object at all; everything is at its default. */
  | { code: 'unreadable' }
  /** A choice field held a value outside its options (e.g. a style from a newer version). */
  | { code: 'unknown-value'; field: SettingsField }
  /** A field held the wrong type or an out-of-range value. */
  | { code: 'invalid-value'; field: SettingsField }
  /** Some entries of a list were unreadable and were removed; the rest were kept. */
  | { code: 'entries-dropped'; field: ListField; count: number }
  /** A list was longer than allowed; the first `max` entries were kept. */
  | { code: 'truncated'; field: ListField; max: number }
  /** Written by a newer version of the extension (another device on sync, or a downgrade). */
  | { code: 'newer-version'; version: number }
  /** The version marker was unreadable, so each field was checked as the current version. */
  | { code: 'bad-version' }
  /** Migration from version 1: its single free-form colour has no per-category equivalent. */
  | { code: 'colour-dropped' };

export type ListField = Extract<SettingsField, 'sites' | 'categories' | 'languages'>;

/** A stable fingerprint of a set of problems, so a dismissed notice stays dismissed. */
export function problemsFingerprint(problems: readonly SettingsProblem[]): string {
  return JSON.stringify(problems);
}
