import { normaliseSite } from './hostname';
import { migrateSettings } from './migrations';
import { plainCategory, plainField } from './plain-field';
import type { SettingsProblem } from './problems';
import {
  CategoryIdSchema,
  CategorySettingSchema,
  LANGUAGES,
  LIMITS,
  SETTINGS_FIELDS,
  SettingsSchema,
  defaultSettings,
  type CategorySetting,
  type Language,
  type Settings,
  type SettingsField,
} from './schema';

export interface ParsedSettings {
  settings: Settings;
  /** What had to be repaired; empty for a clean value or a fresh install. */
  problems: SettingsProblem[];
}

// How far into a hostile list we look before calling the rest truncated: enough to step over a few
// bad entries, small enough that a 100,000-element array costs nothing.
const SCAN_FACTOR = 4;
const CHOICE_FIELDS = new Set<SettingsField>([
  'style',
  'lineThickness',
  'trigger',
  'cardTextSize',
  'siteMode',
]);

/**
 * Reads stored settings of any age and any state. Each field is parsed on its own: a bad field
 * falls back to its default and is reported, the others are kept; unknown keys are dropped.
 * A field a plain check can read (./plain-field.ts) never builds the schema: most stored values.
 * Never throws, never echoes stored strings into problems, never copies `__proto__`.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  try {
    return parseRecord(raw);
  } catch {
    // Only a value no storage area can produce (a throwing getter, a revoked Proxy) gets here.
    return { settings: defaultSettings(), problems: [{ code: 'unreadable' }] };
  }
}

function parseRecord(raw: unknown): ParsedSettings {
  const settings = defaultSettings();
  if (raw === undefined || raw === null) return { settings, problems: [] };
  if (!isRecord(raw)) return { settings, problems: [{ code: 'unreadable' }] };
  const { value, notes, newerVersion } = migrateSettings(raw);
  const problems: SettingsProblem[] = [];
  const target = settings as Record<SettingsField, unknown>;
  for (const field of SETTINGS_FIELDS) {
    if (!Object.hasOwn(value, field)) continue;
    const parsed = parseField(field, value[field], problems);
    if (parsed !== undefined) target[field] = parsed;
  }
  if (newerVersion !== undefined && problems.length > 0) {
    problems.unshift({ code: 'newer-version', version: newerVersion });
  }
  return { settings, problems: [...notes, ...problems] };
}

function parseField(field: SettingsField, input: unknown, problems: SettingsProblem[]): unknown {
  if (field === 'sites') return parseSites(input, problems);
  if (field === 'categories') return parseCategories(input, problems);
  if (field === 'languages') return parseLanguages(input, problems);
  const plain = plainField(field, input);
  if (plain) return plain.value;
  const result = SettingsSchema.shape[field].safeParse(input);
  if (result.success) return result.data;
  problems.push({ code: CHOICE_FIELDS.has(field) ? 'unknown-value' : 'invalid-value', field });
  return undefined;
}

function parseSites(input: unknown, problems: SettingsProblem[]): string[] | undefined {
  if (!Array.isArray(input)) return invalid('sites', problems);
  const kept = new Set<string>();
  const scanLimit = Math.min(input.length, LIMITS.sites * SCAN_FACTOR);
  let dropped = 0;
  let index = 0;
  for (; index < scanLimit && kept.size < LIMITS.sites; index++) {
    const site = normaliseSite(input[index]);
    if (site === null) dropped++;
    else kept.add(site);
  }
  if (dropped > 0) problems.push({ code: 'entries-dropped', field: 'sites', count: dropped });
  if (index < input.length) problems.push({ code: 'truncated', field: 'sites', max: LIMITS.sites });
  return [...kept];
}

function parseCategories(
  input: unknown,
  problems: SettingsProblem[],
): Record<string, CategorySetting> | undefined {
  if (!isRecord(input)) return invalid('categories', problems);
  // A null-prototype record: even a lookup of "constructor" finds nothing it should not.
  const kept: Record<string, CategorySetting> = Object.create(null);
  const keys = Object.keys(input);
  const scanLimit = Math.min(keys.length, LIMITS.categories * SCAN_FACTOR);
  let count = 0;
  let dropped = 0;
  let index = 0;
  for (; index < scanLimit && count < LIMITS.categories; index++) {
    const key = keys[index]!;
    const entry = plainCategory(key, input[key]) ?? parseCategory(key, input[key]);
    if (!entry) {
      dropped++;
      continue;
    }
    kept[key] = entry;
    count++;
  }
  if (dropped > 0) problems.push({ code: 'entries-dropped', field: 'categories', count: dropped });
  if (index < keys.length) problems.push({ code: 'truncated', field: 'categories', max: LIMITS.categories });
  return kept;
}

function parseCategory(key: string, input: unknown): CategorySetting | undefined {
  const entry = CategorySettingSchema.safeParse(input);
  return CategoryIdSchema.safeParse(key).success && entry.success ? entry.data : undefined;
}

function parseLanguages(input: unknown, problems: SettingsProblem[]): Language[] | undefined {
  if (!Array.isArray(input)) return invalid('languages', problems);
  const known = new Set<string>(LANGUAGES);
  const kept = new Set<string>();
  const scanned = input.slice(0, LANGUAGES.length * SCAN_FACTOR);
  let dropped = input.length - scanned.length;
  for (const item of scanned) {
    if (typeof item === 'string' && known.has(item)) kept.add(item);
    else dropped++;
  }
  if (kept.size === 0) return invalid('languages', problems);
  if (dropped > 0) problems.push({ code: 'entries-dropped', field: 'languages', count: dropped });
  return LANGUAGES.filter((language) => kept.has(language));
}

function invalid(field: SettingsField, problems: SettingsProblem[]): undefined {
  problems.push({ code: 'invalid-value', field });
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
