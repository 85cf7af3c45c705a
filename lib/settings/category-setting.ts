import type { PaletteId } from '@/lib/palette';
import type { EntryKind } from '@/lib/recognize/match-index';
import type { CategorySetting, Settings } from './schema';

/** A category's effective setting: the stored entry, completed from the category's defaults. */
export interface ResolvedCategory {
  enabled: boolean;
  colour: PaletteId;
}

// Minerals read as the warm family, policy as the cool one, so the two kinds stay apart at a glance.
const KIND_COLOURS: Record<EntryKind, PaletteId> = { mineral: 'amber', group: 'amber', policy: 'teal' };

// Categories readers most want to tell apart get their own colour; the rest take their kind's.
const CATEGORY_COLOURS: Record<string, PaletteId> = {
  'battery-metal': 'amber',
  'rare-earth-element': 'orange',
  'platinum-group-metal': 'violet',
  law: 'teal',
  'export-control': 'blue',
};

export function defaultCategoryColour(categoryId: string, kind?: EntryKind): PaletteId {
  if (Object.hasOwn(CATEGORY_COLOURS, categoryId)) return CATEGORY_COLOURS[categoryId]!;
  return kind ? KIND_COLOURS[kind] : 'amber';
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
