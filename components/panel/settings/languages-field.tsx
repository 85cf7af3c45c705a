import { useId } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { LANGUAGES, type Language } from '@/lib/settings/schema';
import { ToggleField } from './toggle-field';

interface LanguagesFieldProps {
  t: Translate;
  value: Language[];
  onChange(value: Language[]): void;
}

/** Which languages' aliases are matched. The last one left cannot be turned off, and says why. */
export function LanguagesField({ t, value, onChange }: LanguagesFieldProps) {
  const hintId = useId();
  return (
    <fieldset class="languages-field">
      <legend>{t('settings.languages')}</legend>
      {LANGUAGES.map((language) => {
        const on = value.includes(language);
        const last = on && value.length === 1;
        return (
          <ToggleField
            key={language}
            label={t(`lang.${language}`)}
            checked={on}
            disabled={last}
            describedBy={last ? hintId : undefined}
            onChange={(checked) =>
              onChange(LANGUAGES.filter((l) => (l === language ? checked : value.includes(l))))
            }
          />
        );
      })}
      {value.length === 1 && (
        <p id={hintId} class="hint">
          {t('settings.languages.lastOne')}
        </p>
      )}
    </fieldset>
  );
}
