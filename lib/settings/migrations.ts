import { CATEGORIES } from '@/lib/dataset/categories';
import { v3DefaultColour } from './category-setting';
import type { SettingsProblem } from './problems';
import { LANGUAGES, LIMITS, SETTINGS_FIELDS, SETTINGS_VERSION } from './schema';

/**
 * Every stored shape the settings have had, oldest first. Versions 1 and 2 are the shapes of the
 * pre-release builds (no store release wrote them); they are kept, with tests, so the migration path
 * is real before the first public schema change. Migrations only rename and convert: a value of the
 * wrong type is moved to its new name untouched, and the per-field parser reports it there.
 *
 * v1 (no `version` key): one colour for every highlight, a block list only.
 *   { enabled: boolean, highlightColour: '#rrggbb', mode: 'all' | 'first',
 *     disabledSites: string[], hoverDelay: number (ms, 0..5000) }
 * v2: palette colours per category, a site mode, a card trigger, a language choice.
 *   { version: 2, enabled, style: 'underline' | 'background', mode: 'all' | 'first',
 *     trigger: 'hover' | 'click', hoverDelay, language: 'en' | 'es' | 'both',
 *     categories: { [slug]: { enabled, colour } }, siteMode: 'blacklist' | 'whitelist', sites }
 * v3: `mode` became `firstMentionOnly`, `hoverDelay` became `dwellMs`
 *   (capped at 2000 ms), `language` became the list `languages` (French added), the site modes were
 *   renamed to say what they do, and `threshold` and `closeDelayMs` were added.
 * v4: new default colours, one per category, for colour-blind readers too;
 *   `lineThickness` and `cardTextSize` were added. A category still on its v3 default colour moves
 *   to the new default: v2 stored every category's colour, chosen or not, and in v3 a colour equal to
 *   the default could not be picked (the picker already showed it), so such a colour is the old
 *   default, not a choice. Any other stored colour is the reader's and stays.
 * v5: `cardLanguage` was added ('browser' by default); nothing else moved,
 *   so a v4 user keeps every choice and reads cards in the browser's language as before.
 * v6 (current, ./schema.ts): `notebook` was added (off); nothing else changed, so every value a
 *   user set in v5 is kept as it is.
 */
export type RawSettings = Record<string, unknown>;
type Migration = (input: RawSettings, notes: SettingsProblem[]) => RawSettings;

/** v1's built-in colour; a user who never changed it loses nothing in the move to palettes. */
export const V1_DEFAULT_COLOUR = '#ffc400';

const MIGRATIONS: Record<number, Migration> = {
  1: (v1, notes) => {
    const v2 = copy(v1);
    if (typeof v1.highlightColour === 'string' && v1.highlightColour.toLowerCase() !== V1_DEFAULT_COLOUR) {
      notes.push({ code: 'colour-dropped' });
    }
    delete v2.highlightColour;
    if ('disabledSites' in v1) {
      v2.sites = v1.disabledSites;
      v2.siteMode = 'blacklist';
      delete v2.disabledSites;
    }
    v2.version = 2;
    return v2;
  },
  2: (v2) => {
    const v3 = copy(v2);
    if ('mode' in v2) v3.firstMentionOnly = v2.mode === 'first' ? true : v2.mode === 'all' ? false : v2.mode;
    if ('hoverDelay' in v2) v3.dwellMs = clampDelay(v2.hoverDelay);
    if ('language' in v2) v3.languages = languagesFromV2(v2.language);
    if ('siteMode' in v2) {
      const renamed = v2.siteMode === 'blacklist' ? 'everywhere-except' : 'only-on';
      v3.siteMode = v2.siteMode === 'blacklist' || v2.siteMode === 'whitelist' ? renamed : v2.siteMode;
    }
    delete v3.mode;
    delete v3.hoverDelay;
    delete v3.language;
    v3.version = 3;
    return v3;
  },
  3: (v3) => {
    const v4 = copy(v3);
    if (isRecord(v3.categories)) v4.categories = withoutOldDefaults(v3.categories);
    v4.version = 4;
    return v4;
  },
  4: (v4) => ({ ...copy(v4), version: 5 }),
  5: (v5) => ({ ...copy(v5), version: 6 }),
};

const KIND_OF = new Map(CATEGORIES.map((c) => [c.slug, c.applies]));

function withoutOldDefaults(categories: RawSettings): RawSettings {
  // No prototype: a stored "__proto__" key stays a key (the parser then rejects it as a category).
  const out: RawSettings = Object.create(null);
  for (const [slug, entry] of Object.entries(categories)) {
    if (!isRecord(entry) || entry.colour !== v3DefaultColour(slug, KIND_OF.get(slug))) {
      out[slug] = entry;
      continue;
    }
    const rest = Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'colour'));
    if (Object.keys(rest).length > 0) out[slug] = rest;
  }
  return out;
}

function isRecord(value: unknown): value is RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Every key any version has used. Copying only these (never `__proto__`, never thousands of
// unknown keys) keeps hostile input out, and lets a current-shaped value with a lost `version`
// still keep its fields after being treated as v1.
export const OLD_FIELDS = ['highlightColour', 'mode', 'disabledSites', 'hoverDelay', 'language'] as const;
const KNOWN_KEYS = ['version', ...SETTINGS_FIELDS, ...OLD_FIELDS];

export interface MigrationResult {
  value: RawSettings;
  notes: SettingsProblem[];
  /** Set when the stored version is newer than this build understands. */
  newerVersion?: number;
}

/** Upgrades any stored shape to the current one (still unvalidated; ./parse.ts checks fields). */
export function migrateSettings(input: RawSettings): MigrationResult {
  const notes: SettingsProblem[] = [];
  let value = copy(input);
  const version = Object.hasOwn(input, 'version') ? input.version : 1;
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    notes.push({ code: 'bad-version' });
    return { value: { ...value, version: SETTINGS_VERSION }, notes };
  }
  if ((version as number) > SETTINGS_VERSION) {
    return { value: { ...value, version: SETTINGS_VERSION }, notes, newerVersion: version as number };
  }
  for (let from = version as number; from < SETTINGS_VERSION; from++) {
    value = MIGRATIONS[from]!(value, notes);
  }
  return { value, notes };
}

function copy(input: RawSettings): RawSettings {
  const out: RawSettings = Object.create(null);
  for (const key of KNOWN_KEYS) if (Object.hasOwn(input, key)) out[key] = input[key];
  return out;
}

function clampDelay(value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  return Math.min(LIMITS.delayMs, Math.max(0, Math.round(value)));
}

function languagesFromV2(language: unknown): unknown {
  // In v2 "both" meant every language the extension knew; it still does.
  if (language === 'both') return [...LANGUAGES];
  return language === 'en' || language === 'es' ? [language] : language;
}
