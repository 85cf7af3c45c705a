import type { Translate } from '@/lib/i18n/translate';
import type { SettingsStore } from '@/lib/settings/store';
import { SettingsView } from './settings-view';
import type { CategoryInfo } from './settings/category-list';

interface PanelProps {
  t: Translate;
  settings: SettingsStore;
  /** Highlight categories for the settings view; from the dataset once it lands. */
  categories: readonly CategoryInfo[];
}

export function Panel({ t, settings, categories }: PanelProps) {
  return (
    <main class="panel">
      <h1>Mineral Lens</h1>
      <p>Critical minerals and the policy around them, highlighted on the pages you read.</p>
      <SettingsView store={settings} t={t} categories={categories} />
    </main>
  );
}
