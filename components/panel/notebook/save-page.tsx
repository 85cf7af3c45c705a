import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { saveMessage, type PanelNotebook } from '@/lib/notebook/panel-notebook';

interface SavePageProps {
  t: Translate;
  notebook: PanelNotebook;
  /** The `notebook` setting: on, every page is kept already; off, the reader may keep this one. */
  on: boolean;
}

/** "Save this page to the notebook" in the page view, and the way to the notebook page. */
export function SavePage({ t, notebook, on }: SavePageProps) {
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const save = async () => {
    const result = await notebook.save().catch(() => ({ ok: false, reason: 'failed' }) as const);
    setFailed(!result.ok);
    setStatus(t(saveMessage(result)));
  };
  return (
    <section class="save-page">
      {on ? (
        <p class="hint">{t('notebook.recording')}</p>
      ) : (
        <button type="button" onClick={() => void save()}>
          {t('notebook.save')}
        </button>
      )}{' '}
      <button type="button" class="link" onClick={notebook.open}>
        {t('notebook.open')}
      </button>
      <p role={failed ? 'alert' : 'status'} class={failed ? 'error' : 'hint'}>
        {status}
      </p>
    </section>
  );
}
