import type { PaletteId } from '@/lib/palette';
import type { EntryKind } from '@/lib/recognize/match-index';
import type { CategorySetting, Settings } from './schema';

/** A category's effective setting: the stored entry, completed from the category's defaults. */
export interface ResolvedCategory {
  enabled: boolean;
  colour: PaletteId;
}

// Every category its own colour from Paul Tol's muted scheme (lib/palette.ts), nine for the nine
// mineral categories; policy kinds take seven of the same nine, each different from the others.
// A mineral and a policy term may share a colour: their lines differ (solid against dotted).
// Hues follow loose associations where there are any (sand for precious metals, wine for copper).
const CATEGORY_COLOURS: Record<string, PaletteId> = {
  'battery-metal': 'teal',
  'rare-earth-element': 'purple',
  'platinum-group-metal': 'indigo',
  'base-metal': 'wine',
  'precious-metal': 'sand',
  'alloying-metal': 'olive',
  'technology-metal': 'cyan',
  'industrial-mineral': 'green',
  'energy-mineral': 'rose',
  law: 'indigo',
  'executive-action': 'rose',
  agreement: 'green',
  agency: 'cyan',
  'export-control': 'wine',
  event: 'sand',
  concept: 'teal',
};
// A category the dataset adds later, before it is given a colour here.
const KIND_COLOURS: Record<EntryKind, PaletteId> = { mineral: 'teal', group: 'teal', policy: 'indigo' };

/**
 * The defaults of settings version 3 and earlier: seven mineral categories shared amber and the
 * policy kinds teal. Kept for the migration to version 4 (./migrations.ts), which moves a stored
 * colour equal to its old default onto the new default.
 */
export function v3DefaultColour(categoryId: string, kind?: EntryKind): PaletteId {
  const chosen: Record<string, PaletteId> = {
    'battery-metal': 'amber',
    'rare-earth-element': 'orange',
    'platinum-group-metal': 'violet',
    law: 'teal',
    'export-control': 'blue',
  };
  if (Object.hasOwn(chosen, categoryId)) return chosen[categoryId]!;
  return kind === 'policy' ? 'teal' : 'amber';
}

export function defaultCategoryColour(categoryId: string, kind?: EntryKind): PaletteId {
  if (Object.hasOwn(CATEGORY_COLOURS, categoryId)) return CATEGORY_COLOURS[categoryId]!;
  return kind ? KIND_COLOURS[kind] : 'teal';
}

/**
 * The setting for one highlight category. Categories are on by default, so a category the dataset
 * adds later is highlighted without anyone touching the settings.
 */
export function categorySetting(settings: Settings, categoryId: string, kind?: EntryKind): ResolvedCategory {
  // hasOwn, because a plain-object record would answer "constructor" with Object's constructor.
  const stored: CategorySetting = Object.hasOwn(settings.categories, categoryId)
    ? settings.categories[categoryId]!
    : {};
  return {
    enabled: stored.enabled ?? true,
    colour: stored.colour ?? defaultCategoryColour(categoryId, kind),
  };
}

/** The patch that changes one category, keeping the other categories as they are. */
export function updateCategory(
  settings: Settings,
  categoryId: string,
  change: CategorySetting,
): Pick<Settings, 'categories'> {
  const current = Object.hasOwn(settings.categories, categoryId) ? settings.categories[categoryId] : {};
  return { categories: { ...settings.categories, [categoryId]: { ...current, ...change } } };
}
