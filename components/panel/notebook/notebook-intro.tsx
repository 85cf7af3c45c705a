import { useEffect, useId, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { PanelNotebook } from '@/lib/notebook/panel-notebook';

interface NotebookIntroProps {
  t: Translate;
  notebook: PanelNotebook;
  /** The setting, as stored. */
  on: boolean;
  onTurnOn(): void;
}

/**
 * The first-run explanation of the notebook: what it keeps and where, before the reader decides.
 * Shown until the reader turns it on or says "Not now"; never again after that.
 */
export function NotebookIntro({ t, notebook, on, onTurnOn }: NotebookIntroProps) {
  const [seen, setSeen] = useState(true);
  const titleId = useId();
  useEffect(() => {
    void notebook.introSeen().then(setSeen, () => setSeen(true));
  }, [notebook]);
  if (seen || on) return null;
  const close = () => {
    setSeen(true);
    void notebook.dismissIntro().catch(() => undefined);
  };
  return (
    <section class="notice notebook-intro" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('notebook.intro.title')}</h2>
      <p>{t('notebook.intro.body')}</p>
      <button
        type="button"
        class="primary"
        onClick={() => {
          onTurnOn();
          close();
        }}
      >
        {t('notebook.intro.on')}
      </button>{' '}
      <button type="button" onClick={close}>
        {t('notebook.intro.dismiss')}
      </button>
    </section>
  );
}
