import { useState } from 'preact/hooks';
import type { Download } from '@/lib/export/download';
import type { Translate } from '@/lib/i18n/translate';
import { notebookToCslJson, notebookToRis } from '@/lib/notebook/export/notebook-citations';
import { notebookToCsv } from '@/lib/notebook/export/notebook-csv';
import { notebookToMarkdown } from '@/lib/notebook/export/notebook-markdown';
import { parseNotebookJson, toNotebookJson } from '@/lib/notebook/export/notebook-json';
import type { NotebookData } from '@/lib/notebook/notebook-query';
import type { NotebookViewStore } from '@/lib/notebook/notebook-view-store';
import { useStore } from '@/components/shared/use-store';

interface NotebookToolsProps {
  t: Translate;
  store: NotebookViewStore;
  /** What the search and filters show: "the selection". */
  shown: NotebookData;
  termName(id: string): string;
  download: Download;
  now?(): Date;
}

type Format = 'csv' | 'json' | 'md-term' | 'md-article' | 'ris' | 'csl-json';

/** Export what is shown or everything, in six formats; import a notebook JSON file (merged). */
export function NotebookTools({
  t,
  store,
  shown,
  termName,
  download,
  now = () => new Date(),
}: NotebookToolsProps) {
  const state = useStore(store);
  const [scope, setScope] = useState<'selection' | 'everything'>('selection');
  const [status, setStatus] = useState('');
  const all = state.status === 'ready' ? state.data : shown;
  const save = (format: Format) => {
    const data = scope === 'selection' ? shown : all;
    const date = now().toISOString().slice(0, 10);
    const files: Record<Format, [string, string, () => string]> = {
      csv: ['csv', 'text/csv;charset=utf-8', () => notebookToCsv(data, termName)],
      json: ['json', 'application/json', () => toNotebookJson(data, now())],
      'md-term': [
        'md',
        'text/markdown;charset=utf-8',
        () => notebookToMarkdown(data, 'term', termName, t.locale),
      ],
      'md-article': [
        'md',
        'text/markdown;charset=utf-8',
        () => notebookToMarkdown(data, 'article', termName, t.locale),
      ],
      ris: ['ris', 'application/x-research-info-systems;charset=utf-8', () => notebookToRis(data)],
      'csl-json': ['json', 'application/vnd.citationstyles.csl+json', () => notebookToCslJson(data)],
    };
    const [extension, type, write] = files[format];
    const name = `mineral-lens-notebook-${date}${format === 'csl-json' ? '.csl' : ''}.${extension}`;
    download(name, type, write());
    setStatus(t('nb.done', { file: name }));
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseNotebookJson(await file.text());
    if (!parsed.ok) return setStatus(t('nb.import.failed', { reason: parsed.reason }));
    await store.merge(parsed.records);
    const mentions = parsed.records.reduce((n, r) => n + r.mentions.length, 0);
    setStatus(t('nb.import.done', { pages: parsed.records.length, mentions }));
  };
  const scopeChoice = (value: typeof scope, label: string) => (
    <label>
      <input type="radio" name="nb-scope" checked={scope === value} onChange={() => setScope(value)} />
      {label}
    </label>
  );
  const button = (format: Format, label: string) => (
    <button type="button" onClick={() => save(format)}>
      {label}
    </button>
  );
  return (
    <section class="nb-tools">
      <h2>{t('nb.export')}</h2>
      <fieldset>
        <legend>{t('nb.export.scope')}</legend>
        {scopeChoice('selection', t('nb.export.selection', { pages: shown.pages.length }))}
        {scopeChoice('everything', t('nb.export.everything'))}
      </fieldset>
      <p class="nb-formats">
        {button('csv', 'CSV')} {button('json', 'JSON')} {button('md-term', t('nb.export.md.term'))}{' '}
        {button('md-article', t('nb.export.md.article'))} {button('ris', 'RIS')}{' '}
        {button('csl-json', 'CSL-JSON')}
      </p>
      <label class="nb-import">
        <span>{t('nb.import')}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </label>
      <p role="status">{status}</p>
    </section>
  );
}
