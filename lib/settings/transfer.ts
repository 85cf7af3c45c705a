import type { z } from 'zod/mini';
import { OLD_FIELDS, migrateSettings } from './migrations';
import type { SettingsProblem } from './problems';
import { SETTINGS_FIELDS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

/**
 * Settings as a file the user keeps or moves to another browser. The marker names the format and
 * its settings version: { "mineralLensSettings": 4, "settings": { ...every field but version } }.
 * Import is strict where reading storage is lenient: one bad field refuses the whole file, because
 * the user is there to fix it, and a half-applied import is worse than none.
 */
export const SETTINGS_FILE_MARKER = 'mineralLensSettings';
export const MAX_IMPORT_BYTES = 1024 * 1024;
const MAX_ISSUES = 3;
const MAX_QUOTED = 60;

export type ImportReason =
  | { kind: 'expected-one-of'; values: string[] }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'type'; type: 'boolean' | 'number' | 'string' | 'array' | 'object' }
  | { kind: 'not-site' | 'not-category'; value: string }
  | { kind: 'too-many'; max: number }
  | { kind: 'too-few'; min: number }
  | { kind: 'invalid' };

export interface ImportIssue {
  /** Where in `settings`, e.g. ["sites", 3] or ["categories", "law", "colour"]. */
  path: (string | number)[];
  reason: ImportReason;
}

export type ImportError =
  | { code: 'too-large' | 'not-json' | 'not-object' | 'no-marker' | 'bad-marker' | 'no-settings' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-key'; key: string }
  | { code: 'invalid'; issues: ImportIssue[] };

export type ImportResult =
  { ok: true; settings: Settings; notes: SettingsProblem[] } | { ok: false; error: ImportError };

export function exportSettings(settings: Settings): string {
  const { version: _version, ...fields } = settings;
  return `${JSON.stringify({ [SETTINGS_FILE_MARKER]: SETTINGS_VERSION, settings: fields }, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `mineral-lens-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** Validates a settings file completely; changes nothing (the caller saves on `ok`). */
export function importSettings(text: string): ImportResult {
  const fail = (error: ImportError): ImportResult => ({ ok: false, error });
  if (isTooLarge(text)) return fail({ code: 'too-large' });
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isRecord(file)) return fail({ code: 'not-object' });
  if (!Object.hasOwn(file, SETTINGS_FILE_MARKER)) return fail({ code: 'no-marker' });
  const version = file[SETTINGS_FILE_MARKER];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return fail({ code: 'bad-marker' });
  }
  if (version > SETTINGS_VERSION) return fail({ code: 'newer-version', version });
  const extra = Object.keys(file).find((key) => key !== SETTINGS_FILE_MARKER && key !== 'settings');
  if (extra !== undefined) return fail({ code: 'unknown-key', key: quote(extra) });
  const fields = file.settings;
  if (!isRecord(fields)) return fail({ code: 'no-settings' });

  // An older file may hold that version's field names; a current one only today's.
  const allowed = new Set<string>(
    version === SETTINGS_VERSION ? SETTINGS_FIELDS : [...SETTINGS_FIELDS, ...OLD_FIELDS],
  );
  const unknown = Object.keys(fields).find((key) => !allowed.has(key));
  if (unknown !== undefined) return fail({ code: 'unknown-key', key: quote(unknown) });

  const { value, notes } = migrateSettings({ ...fields, version });
  const parsed = SettingsSchema.safeParse({ ...value, version: SETTINGS_VERSION });
  if (!parsed.success) {
    return fail({ code: 'invalid', issues: parsed.error.issues.slice(0, MAX_ISSUES).map(toImportIssue) });
  }
  return { ok: true, settings: parsed.data, notes };
}

function toImportIssue(issue: z.core.$ZodIssue): ImportIssue {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  return {
    path: path.map((part) => (typeof part === 'string' ? quote(part) : part)),
    reason: reasonOf(issue),
  };
}

const RANGES: Record<string, { min: number; max: number }> = {
  dwellMs: { min: 0, max: 2000 },
  closeDelayMs: { min: 0, max: 2000 },
  threshold: { min: 0, max: 1 },
};
const TYPES = new Set(['boolean', 'number', 'string', 'array', 'object']);

function reasonOf(issue: z.core.$ZodIssue): ImportReason {
  const field = String(issue.path[0] ?? '');
  switch (issue.code) {
    case 'invalid_value':
      return { kind: 'expected-one-of', values: issue.values.map(String) };
    case 'invalid_type':
      return TYPES.has(issue.expected)
        ? { kind: 'type', type: issue.expected as 'number' }
        : { kind: 'invalid' };
    case 'too_big':
    case 'too_small':
      if (issue.origin === 'array') {
        return issue.code === 'too_big'
          ? { kind: 'too-many', max: Number(issue.maximum) }
          : { kind: 'too-few', min: Number(issue.minimum) };
      }
      return RANGES[field] ? { kind: 'range', ...RANGES[field] } : { kind: 'invalid' };
    case 'invalid_key':
      return { kind: 'not-category', value: quote(String(issue.path.at(-1) ?? '')) };
    case 'custom':
      if (issue.params?.site !== undefined)
        return { kind: 'not-site', value: quote(String(issue.params.site)) };
      if (issue.params?.max !== undefined) return { kind: 'too-many', max: Number(issue.params.max) };
      return { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

/** User text quoted back in a message: short, so a hostile file cannot flood the panel. */
function quote(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

function isTooLarge(text: string): boolean {
  // A UTF-16 unit is one to three UTF-8 bytes: only encode when those bounds do not decide.
  if (text.length > MAX_IMPORT_BYTES) return true;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return false;
  return new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
