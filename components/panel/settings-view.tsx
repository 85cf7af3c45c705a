import { useId } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { Translate } from '@/lib/i18n/translate';
import { LINE_THICKNESSES } from '@/lib/palette';
import { CARD_TEXT_SIZES, type Settings } from '@/lib/settings/schema';
import type { PanelNotebook } from '@/lib/notebook/panel-notebook';
import type { SettingsStore } from '@/lib/settings/store';
import { CategoryList, type CategoryInfo } from './settings/category-list';
import { ChoiceField } from './settings/choice-field';
import { DelayField } from './settings/delay-field';
import { LanguagesField } from './settings/languages-field';
import { NotebookField } from './settings/notebook-field';
import { ProblemsNotice } from './settings/problems-notice';
import { ResetSection } from './settings/reset-section';
import { SiteList } from './settings/site-list';
import { ThresholdField } from './settings/threshold-field';
import { ToggleField } from './settings/toggle-field';
import { TransferSection } from './settings/transfer-section';

export interface SettingsViewProps {
  store: SettingsStore;
  t: Translate;
  /** The highlight categories to list, named in the UI language (from the dataset). */
  categories: readonly CategoryInfo[];
  /** The notebook's size and page, where the panel has them. */
  notebook?: PanelNotebook;
}

/** The panel's Settings view. Every change is stored at once and reaches open tabs live. */
export function SettingsView({ store, t, categories, notebook }: SettingsViewProps) {
  const state = useStore(store);
  const titleId = useId();
  if (state.status === 'loading') return <p role="status">{t('settings.loading')}</p>;
  const { settings } = state;
  const update = store.update;

  return (
    <section class="settings-view" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings.title')}</h2>
      {state.problems.length > 0 && (
        <ProblemsNotice t={t} problems={state.problems} onDismiss={() => void store.dismissProblems()} />
      )}
      {state.saveFailed && (
        <p role="alert" class="error">
          {t('settings.saveFailed')}
        </p>
      )}
      <ToggleField
        label={t('settings.enabled')}
        checked={settings.enabled}
        onChange={(enabled) => void update({ enabled })}
      />

      <section>
        <h3>{t('settings.appearance')}</h3>
        <ChoiceField
          legend={t('settings.style')}
          value={settings.style}
          choices={[
            { value: 'underline', label: t('settings.style.underline') },
            { value: 'background', label: t('settings.style.background') },
          ]}
          onChange={(style) => void update({ style })}
        />
        <ChoiceField
          legend={t('settings.lineThickness')}
          hint={t('settings.lineThickness.hint')}
          value={settings.lineThickness}
          choices={LINE_THICKNESSES.map((value) => ({ value, label: t(`settings.lineThickness.${value}`) }))}
          onChange={(lineThickness) => void update({ lineThickness })}
        />
        <ChoiceField
          legend={t('settings.mentions')}
          value={settings.firstMentionOnly ? 'first' : 'all'}
          choices={[
            { value: 'all', label: t('settings.mentions.all') },
            { value: 'first', label: t('settings.mentions.first') },
          ]}
          onChange={(mentions) => void update({ firstMentionOnly: mentions === 'first' })}
        />
        <CategoryList
          t={t}
          settings={settings}
          categories={categories}
          onChange={(change) => void update(change)}
        />
      </section>

      <section>
        <h3>{t('settings.card')}</h3>
        <ChoiceField
          legend={t('settings.trigger')}
          value={settings.trigger}
          choices={[
            { value: 'hover', label: t('settings.trigger.hover') },
            { value: 'click', label: t('settings.trigger.click') },
          ]}
          onChange={(trigger) => void update({ trigger })}
        />
        <ChoiceField
          legend={t('settings.cardLanguage')}
          value={settings.cardLanguage}
          choices={[
            { value: 'browser', label: t('settings.cardLanguage.browser') },
            { value: 'page', label: t('settings.cardLanguage.page') },
            // Each language named in itself, so a reader who cannot read the panel still finds theirs.
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ]}
          onChange={(cardLanguage) => void update({ cardLanguage })}
        />
        <DelayField
          label={t('settings.dwellMs')}
          unit={t('settings.ms')}
          value={settings.dwellMs}
          onChange={(dwellMs) => void update({ dwellMs })}
        />
        <DelayField
          label={t('settings.closeDelayMs')}
          unit={t('settings.ms')}
          value={settings.closeDelayMs}
          onChange={(closeDelayMs) => void update({ closeDelayMs })}
        />
        <ChoiceField
          legend={t('settings.cardTextSize')}
          value={String(settings.cardTextSize)}
          choices={CARD_TEXT_SIZES.map((size) => ({
            value: String(size),
            label: t('value.percent', { value: size }),
          }))}
          onChange={(size) => void update({ cardTextSize: Number(size) as Settings['cardTextSize'] })}
        />
      </section>

      <section>
        <h3>{t('settings.recognition')}</h3>
        <LanguagesField
          t={t}
          value={settings.languages}
          onChange={(languages) => void update({ languages })}
        />
        <ThresholdField
          label={t('settings.threshold')}
          hint={t('settings.threshold.hint')}
          value={settings.threshold}
          onChange={(threshold) => void update({ threshold })}
        />
      </section>

      <section>
        <h3>{t('settings.sites')}</h3>
        <SiteList
          t={t}
          mode={settings.siteMode}
          sites={settings.sites}
          onModeChange={(siteMode) => void update({ siteMode })}
          onSitesChange={(sites) => void update({ sites })}
        />
      </section>

      <NotebookField
        t={t}
        on={settings.notebook}
        onChange={(on) => void update({ notebook: on })}
        notebook={notebook}
      />

      {state.area === 'local' && <p class="hint">{t('settings.storedLocally')}</p>}
      <TransferSection t={t} store={store} />
      <ResetSection t={t} onReset={store.reset} />
    </section>
  );
}
