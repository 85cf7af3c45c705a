import type { Translate } from '@/lib/i18n/translate';
import type { EntryKind } from '@/lib/recognize/match-index';
import { categorySetting, updateCategory } from '@/lib/settings/category-setting';
import type { Settings, SettingsPatch } from '@/lib/settings/schema';
import { CategoryRow } from './category-row';

/** A highlight category as the panel lists it; the dataset's categories list will supply these. */
export interface CategoryInfo {
  id: string;
  kind?: EntryKind;
  /** The category's name in the UI language. */
  label: string;
}

interface CategoryListProps {
  t: Translate;
  settings: Settings;
  categories: readonly CategoryInfo[];
  onChange(patch: SettingsPatch | ((current: Settings) => SettingsPatch)): void;
}

export function CategoryList({ t, settings, categories, onChange }: CategoryListProps) {
  return (
    <fieldset class="category-list">
      <legend>{t('settings.categories')}</legend>
      {categories.length === 0 ? (
        <p class="hint">{t('settings.categories.empty')}</p>
      ) : (
        <ul>
          {categories.map((category) => (
            <CategoryRow
              key={category.id}
              t={t}
              label={category.label}
              value={categorySetting(settings, category.id, category.kind)}
              // A function of the current settings, so two quick edits never undo each other.
              onChange={(change) => onChange((current) => updateCategory(current, category.id, change))}
            />
          ))}
        </ul>
      )}
    </fieldset>
  );
}
