import type { Translate } from '@/lib/i18n/translate';
import type { NotebookQuery } from '@/lib/notebook/notebook-query';

interface Choices {
  terms: string[];
  categories: string[];
  sites: string[];
  languages: string[];
}

interface NotebookFiltersProps {
  t: Translate;
  query: NotebookQuery;
  choices: Choices;
  termName(id: string): string;
  categoryName(id: string): string;
  onChange(change: Partial<NotebookQuery>): void;
}

/** The notebook's filters: native selects and date fields, so each works with the keyboard as is. */
export function NotebookFilters({
  t,
  query,
  choices,
  termName,
  categoryName,
  onChange,
}: NotebookFiltersProps) {
  const select = (
    field: 'termId' | 'category' | 'site' | 'language',
    label: string,
    values: string[],
    name = (v: string) => v,
  ) => (
    <label>
      <span>{label}</span>
      <select value={query[field]} onChange={(event) => onChange({ [field]: event.currentTarget.value })}>
        <option value="">{t('nb.any')}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {name(value)}
          </option>
        ))}
      </select>
    </label>
  );
  const date = (field: 'from' | 'to', label: string) => (
    <label>
      <span>{label}</span>
      <input
        type="date"
        value={query[field]}
        onChange={(event) => onChange({ [field]: event.currentTarget.value })}
      />
    </label>
  );
  return (
    <fieldset class="nb-filters">
      <legend>{t('nb.filters')}</legend>
      {select('termId', t('nb.filter.term'), choices.terms, termName)}
      {select('category', t('nb.filter.category'), choices.categories, categoryName)}
      {select('site', t('nb.filter.site'), choices.sites)}
      {select('language', t('nb.filter.language'), choices.languages)}
      {date('from', t('nb.filter.from'))}
      {date('to', t('nb.filter.to'))}
      <label class="toggle-field">
        <input
          type="checkbox"
          checked={query.starredOnly}
          onChange={(event) => onChange({ starredOnly: event.currentTarget.checked })}
        />
        <span>{t('nb.filter.starred')}</span>
      </label>
    </fieldset>
  );
}
