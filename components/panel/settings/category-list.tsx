import type { Translate } from '@/lib/i18n/translate';
import type { EntryKind } from '@/lib/recognize/match-index';
import type { CategoryChange } from '@/lib/settings/adapter';
import { categorySetting } from '@/lib/settings/category-setting';
import type { Settings } from '@/lib/settings/schema';
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
  onChange(change: CategoryChange): void;
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
              // An operation the writer applies to the latest settings, so quick edits never undo each other.
              onChange={(change) => onChange({ op: 'set-category', id: category.id, change })}
            />
          ))}
        </ul>
      )}
    </fieldset>
  );
}
