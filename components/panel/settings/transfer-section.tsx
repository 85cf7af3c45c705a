import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { describeImportError } from '@/lib/settings/describe-import-error';
import type { SettingsStore } from '@/lib/settings/store';
import { MAX_IMPORT_BYTES, exportFileName } from '@/lib/settings/transfer';

interface TransferSectionProps {
  t: Translate;
  store: Pick<SettingsStore, 'exportFile' | 'importFile'>;
}

type Message = { kind: 'done' | 'error'; text: string } | null;

/** Export as a downloaded JSON file; import from a chosen file, refused whole if anything is wrong. */
export function TransferSection({ t, store }: TransferSectionProps) {
  const [message, setMessage] = useState<Message>(null);

  const download = () => {
    const url = URL.createObjectURL(new Blob([store.exportFile()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName();
    link.click();
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    const refuse = (reason: string) =>
      setMessage({ kind: 'error', text: t('settings.import.failed', { reason }) });
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_IMPORT_BYTES) return refuse(t('import.too-large'));
    const outcome = await store.importFile(await file.text());
    if (outcome.status === 'imported') setMessage({ kind: 'done', text: t('settings.import.done') });
    else if (outcome.status === 'refused') refuse(describeImportError(outcome.error, t));
    else setMessage({ kind: 'error', text: t('settings.saveFailed') });
  };

  return (
    <section class="transfer-section">
      <h3>{t('settings.transfer')}</h3>
      <button type="button" onClick={download}>
        {t('settings.export')}
      </button>
      <label class="import-file">
        <span>{t('settings.import')}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => void upload(event.currentTarget)}
        />
      </label>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind}>
          {message.text}
        </p>
      )}
    </section>
  );
}
