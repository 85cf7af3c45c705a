import { describe, expect, test } from 'vitest';
import { createTranslator } from '@/lib/i18n/translate';
import { describeProblem } from '@/lib/settings/describe-problem';
import { parseSettings } from '@/lib/settings/parse';
import type { SettingsProblem } from '@/lib/settings/problems';
import { SETTINGS_FIELDS } from '@/lib/settings/schema';

const en = createTranslator('en');
const es = createTranslator('es');

describe('describeProblem', () => {
  test('names the field and the default it was reset to', () => {
    const { problems } = parseSettings({ version: 3, style: 'glow', dwellMs: -5, enabled: 'yes' });
    expect(problems.map((problem) => describeProblem(problem, en))).toEqual([
      'Highlighting had an invalid value and was reset to on.',
      'Highlight style had an unknown value and was reset to Underline.',
      'Hover delay had an invalid value and was reset to 150 ms.',
    ]);
    expect(describeProblem(problems[1]!, es)).toBe(
      'Estilo de resaltado tenía un valor desconocido y se restableció a Subrayado.',
    );
  });

  test('counts and limits for lists', () => {
    expect(describeProblem({ code: 'entries-dropped', field: 'sites', count: 3 }, en)).toBe(
      '3 unreadable entries were removed from Sites.',
    );
    expect(describeProblem({ code: 'truncated', field: 'sites', max: 500 }, es)).toBe(
      'Sitios tenía más de 500 entradas; se conservaron las primeras 500.',
    );
  });

  test('every problem for every field has a sentence with no placeholder left in it', () => {
    const problems: SettingsProblem[] = [
      { code: 'unreadable' },
      { code: 'bad-version' },
      { code: 'colour-dropped' },
      { code: 'newer-version', version: 9 },
      ...SETTINGS_FIELDS.flatMap((field) => [
        { code: 'unknown-value' as const, field },
        { code: 'invalid-value' as const, field },
      ]),
    ];
    for (const t of [en, es]) {
      for (const problem of problems) expect(describeProblem(problem, t)).not.toMatch(/[{}]|undefined/);
    }
  });
});
