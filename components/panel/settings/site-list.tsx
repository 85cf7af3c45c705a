import { useId, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { LIMITS, type SiteMode } from '@/lib/settings/schema';
import { addSite } from '@/lib/settings/sites';
import { ChoiceField } from './choice-field';

interface SiteListProps {
  t: Translate;
  mode: SiteMode;
  sites: string[];
  onModeChange(mode: SiteMode): void;
  onSitesChange(sites: string[]): void;
}

/** The site mode, the listed sites with a remove button each, and a field to add one. */
export function SiteList({ t, mode, sites, onModeChange, onSitesChange }: SiteListProps) {
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = addSite(sites, draft);
    if (!result.ok) {
      const vars = { site: result.site ?? '', max: LIMITS.sites };
      setError(t(`settings.sites.${result.reason}`, vars));
      return;
    }
    setError(null);
    setDraft('');
    onSitesChange(result.sites);
  };

  return (
    <div class="site-list">
      <ChoiceField
        legend={t('settings.siteMode')}
        value={mode}
        choices={[
          { value: 'everywhere-except', label: t('settings.siteMode.everywhere-except') },
          { value: 'only-on', label: t('settings.siteMode.only-on') },
        ]}
        onChange={onModeChange}
      />
      {sites.length === 0 ? (
        <p class="hint">{t('settings.sites.empty')}</p>
      ) : (
        <ul aria-label={t('settings.sites')}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('settings.sites.remove', { site })}
                onClick={() => onSitesChange(sites.filter((s) => s !== site))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        <label for={inputId}>{t('settings.sites.input')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('settings.sites.add')}</button>
        {error && (
          <p id={`${inputId}-error`} role="alert" class="error">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
