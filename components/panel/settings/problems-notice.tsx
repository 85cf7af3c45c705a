import { useId } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { describeProblem } from '@/lib/settings/describe-problem';
import type { SettingsProblem } from '@/lib/settings/problems';

interface ProblemsNoticeProps {
  t: Translate;
  problems: SettingsProblem[];
  onDismiss(): void;
}

/** Tells the user which stored settings had to be repaired, until they dismiss it. */
export function ProblemsNotice({ t, problems, onDismiss }: ProblemsNoticeProps) {
  const titleId = useId();
  return (
    <section class="problems-notice" role="alert" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('problems.title')}</h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{describeProblem(problem, t)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('problems.dismiss')}
      </button>
    </section>
  );
}
