import type { Translate } from '@/lib/i18n/translate';
import { SETTINGS_FIELDS, SETTINGS_VERSION, type SettingsField } from './schema';
import type { ImportError, ImportIssue, ImportReason } from './transfer';

/**
 * Why an import was refused, in the UI language, naming the setting and what is wrong with it:
 * "Highlight style: expected one of underline, background." The caller prefixes "Nothing was
 * changed." (settings.import.failed).
 */
export function describeImportError(error: ImportError, t: Translate): string {
  switch (error.code) {
    case 'newer-version':
      return t('import.newer-version', { version: error.version, current: SETTINGS_VERSION });
    case 'unknown-key':
      return t('import.unknown-key', { key: error.key });
    case 'invalid':
      return error.issues.map((issue) => describeIssue(issue, t)).join(' ');
    default:
      return t(`import.${error.code}`);
  }
}

function describeIssue(issue: ImportIssue, t: Translate): string {
  return t('import.invalid', { field: describePath(issue.path, t), reason: describeReason(issue.reason, t) });
}

const isField = (part: string | number): part is SettingsField =>
  (SETTINGS_FIELDS as (string | number)[]).includes(part);

function describePath(path: (string | number)[], t: Translate): string {
  const [first, ...rest] = path;
  if (first === undefined) return t('settings.title');
  let text = isField(first) ? t(`field.${first}`) : String(first);
  for (const part of rest) {
    text =
      typeof part === 'number' ? t('field.entry', { field: text, index: part + 1 }) : `${text} › ${part}`;
  }
  return text;
}

function describeReason(reason: ImportReason, t: Translate): string {
  switch (reason.kind) {
    case 'expected-one-of':
      return t('reason.expected-one-of', { values: reason.values.join(', ') });
    case 'range':
      return t('reason.range', { min: reason.min, max: reason.max });
    case 'type':
      return t('reason.type', { type: t(`reason.type.${reason.type}`) });
    case 'not-site':
    case 'not-category':
      return t(`reason.${reason.kind}`, { value: reason.value });
    case 'too-many':
      return t('reason.too-many', { max: reason.max });
    case 'too-few':
      return t('reason.too-few', { min: reason.min });
    case 'invalid':
      return t('reason.invalid');
  }
}
