import { useId } from 'preact/hooks';
import { CATEGORIES } from '@/lib/dataset/categories';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { ListDef } from '@/lib/dataset/types';
import type { Translate } from '@/lib/i18n/translate';
import { categoryName } from '@/lib/briefing/summary-line';
import type { SearchFilters as Filters } from '@/lib/search/filters';
import { entryName } from '@/lib/search/entry-name';

interface SearchFiltersProps {
  t: Translate;
  filters: Filters;
  lookup: EntryLookup;
  groupIds: readonly string[];
  lists: readonly ListDef[];
  onChange(name: keyof Filters, value: string | undefined): void;
}

/** Category, group and list filters: native selects, each labelled, "Any" lets everything through. */
export function SearchFilters({ t, filters, lookup, groupIds, lists, onChange }: SearchFiltersProps) {
  const id = useId();
  const options = {
    category: CATEGORIES.map((c) => ({ value: c.slug, label: categoryName(c.slug, t.locale) })),
    group: groupIds.flatMap((groupId) => {
      const group = lookup.entry(groupId);
      return group ? [{ value: groupId, label: entryName(group, t.locale) }] : [];
    }),
    list: lists.map((list) => ({ value: list.id, label: list.name })),
  };
  const active = Object.values(filters).some(Boolean);
  return (
    <fieldset class="search-filters">
      <legend>{t('browse.filters')}</legend>
      {(['category', 'group', 'list'] as const).map((name) => (
        <div key={name} class="filter">
          <label for={`${id}-${name}`}>{t(`browse.${name}`)}</label>
          <select
            id={`${id}-${name}`}
            value={filters[name] ?? ''}
            onChange={(event) => onChange(name, event.currentTarget.value || undefined)}
          >
            <option value="">{t('browse.any')}</option>
            {options[name].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {active && (
        <button
          type="button"
          class="link-button"
          onClick={() =>
            (['category', 'group', 'list'] as const).forEach((name) => onChange(name, undefined))
          }
        >
          {t('browse.clear')}
        </button>
      )}
    </fieldset>
  );
}
