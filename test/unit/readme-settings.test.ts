import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { STRINGS } from '@/lib/i18n/strings';
import { SETTINGS_FIELDS, type SettingsField } from '@/lib/settings/schema';

// The README documents every setting, under the name the panel gives it: a setting added without
// a README row, or renamed in the panel only, fails here.
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const SECTION = README.slice(
  README.indexOf('\n## Settings\n'),
  README.indexOf('\n## ', README.indexOf('\n## Settings\n') + 1),
);

const LABELS: Record<SettingsField, keyof typeof STRINGS.en> = {
  enabled: 'settings.enabled',
  style: 'settings.style',
  lineThickness: 'settings.lineThickness',
  cardTextSize: 'settings.cardTextSize',
  firstMentionOnly: 'settings.mentions',
  categories: 'settings.categories',
  trigger: 'settings.trigger',
  dwellMs: 'settings.dwellMs',
  closeDelayMs: 'settings.closeDelayMs',
  languages: 'settings.languages',
  cardLanguage: 'settings.cardLanguage',
  threshold: 'settings.threshold',
  siteMode: 'settings.siteMode',
  sites: 'settings.sites',
  notebook: 'settings.notebook',
};

describe('README, Settings', () => {
  test.each(SETTINGS_FIELDS)(
    'documents %s with the panel’s name for it, what it does and its default',
    (field) => {
      const row = SECTION.split('\n').find((line) =>
        line.startsWith(`| ${STRINGS.en[LABELS[field]]} | \`${field}\` |`),
      );
      expect(row, `no row for ${field}`).toBeDefined();
      // Label, key, what it does, default: four filled cells.
      expect(row!.split(' | ').filter((cell) => cell.replace(/\|/g, '').trim()).length).toBe(4);
    },
  );

  test('shows the panel', () => {
    expect(README).toContain('](docs/panel.png)');
    expect(README).toContain('](docs/panel-settings.png)');
  });
});
