import type { Translate } from '@/lib/i18n/translate';
import type { SettingsProblem } from './problems';
import { defaultSettings, type Settings, type SettingsField } from './schema';

/** One sentence for the panel's notice, in the UI language, e.g. "Highlight style had an unknown
 * value and was reset to Underline." Never quotes the stored value: it may be huge or hostile. */
export function describeProblem(problem: SettingsProblem, t: Translate): string {
  switch (problem.code) {
    case 'unknown-value':
    case 'invalid-value':
      return t(`problems.${problem.code}`, {
        field: t(`field.${problem.field}`),
        value: describeValue(defaultSettings(), problem.field, t),
      });
    case 'entries-dropped':
      return t(problem.count === 1 ? 'problems.entry-dropped' : 'problems.entries-dropped', {
        count: problem.count,
        field: t(`field.${problem.field}`),
      });
    case 'truncated':
      return t('problems.truncated', { max: problem.max, field: t(`field.${problem.field}`) });
    case 'newer-version':
      return t('problems.newer-version', { version: problem.version });
    default:
      return t(`problems.${problem.code}`);
  }
}

/** A field's value in words, as the settings view labels it. */
export function describeValue(settings: Settings, field: SettingsField, t: Translate): string {
  switch (field) {
    case 'enabled':
      return t(settings.enabled ? 'value.on' : 'value.off');
    case 'style':
      return t(`settings.style.${settings.style}`);
    case 'lineThickness':
      return t(`settings.lineThickness.${settings.lineThickness}`);
    case 'cardTextSize':
      return t('value.percent', { value: settings.cardTextSize });
    case 'firstMentionOnly':
      return t(settings.firstMentionOnly ? 'settings.mentions.first' : 'settings.mentions.all');
    case 'trigger':
      return t(`settings.trigger.${settings.trigger}`);
    case 'dwellMs':
    case 'closeDelayMs':
      return t('value.ms', { value: settings[field] });
    case 'cardLanguage':
      return settings.cardLanguage === 'en'
        ? 'English'
        : settings.cardLanguage === 'es'
          ? 'Español'
          : t(`settings.cardLanguage.${settings.cardLanguage}`);
    case 'languages':
      return settings.languages.map((language) => t(`lang.${language}`)).join(', ');
    case 'threshold':
      return String(settings.threshold);
    case 'categories':
      return t('value.defaultColours');
    case 'siteMode':
      return t(`settings.siteMode.${settings.siteMode}`);
    case 'sites':
      return settings.sites.length > 0 ? settings.sites.join(', ') : t('value.emptyList');
    case 'notebook':
      return t(settings.notebook ? 'value.on' : 'value.off');
  }
}
