import { useEffect, useId, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { PanelNotebook } from '@/lib/notebook/panel-notebook';
import { formatBytes, type NotebookSize } from '@/lib/notebook/size';
import { ToggleField } from './toggle-field';

interface NotebookFieldProps {
  t: Translate;
  on: boolean;
  onChange(on: boolean): void;
  notebook?: PanelNotebook;
}

/** The notebook's switch in Settings, what it keeps, and how much room it takes. */
export function NotebookField({ t, on, onChange, notebook }: NotebookFieldProps) {
  const hintId = useId();
  const [size, setSize] = useState<NotebookSize | null>(null);
  useEffect(() => {
    void notebook?.size().then(setSize, () => setSize(null));
  }, [notebook, on]);
  return (
    <section>
      <h3>{t('field.notebook')}</h3>
      <ToggleField label={t('settings.notebook')} checked={on} onChange={onChange} describedBy={hintId} />
      <p class="hint" id={hintId}>
        {t('settings.notebook.hint')}
      </p>
      {size && (
        <p class="hint">
          {t('settings.notebook.size', {
            pages: size.pages,
            mentions: size.mentions,
            size: formatBytes(size.bytes, t.locale),
          })}
        </p>
      )}
      {notebook && (
        <button type="button" onClick={notebook.open}>
          {t('settings.notebook.open')}
        </button>
      )}
    </section>
  );
}
