import { useId, useMemo, useState } from 'preact/hooks';
import { CITE_FORMATS, formatCitations, type CiteFormat } from '@/lib/cite/cite-formats';
import { citeFileName } from '@/lib/cite/cite-file-name';
import { copyCitation } from '@/lib/cite/copy-citation';
import { pageItem } from '@/lib/cite/page-item';
import type { PageMetadata } from '@/lib/cite/page-metadata';
import type { Download } from '@/lib/export/download';
import type { Translate } from '@/lib/i18n/translate';
import type { PageStore } from '@/lib/panel/page-store';

interface CiteSectionProps {
  t: Translate;
  page: PageStore;
  download: Download;
  now(): Date;
}

type Loaded =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; meta: PageMetadata };

/**
 * "Cite this page": the page's own metadata is read only when the reader opens this, then shown
 * as a citation in the format chosen, to copy or download. Formatting happens here in the panel;
 * the page only answers what it says about itself.
 */
export function CiteSection({ t, page, download, now }: CiteSectionProps) {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'closed' });
  const [format, setFormat] = useState<CiteFormat>('apa');
  const [message, setMessage] = useState('');
  const [accessed] = useState(now);
  const open = loaded.status !== 'closed';
  const output = useMemo(
    () =>
      loaded.status === 'ready' ? formatCitations([pageItem(loaded.meta, accessed)], format, t.locale) : null,
    [loaded, format, accessed, t.locale],
  );
  const toggle = async () => {
    if (open) return setLoaded({ status: 'closed' });
    setLoaded({ status: 'loading' });
    const meta = await page.metadata();
    setLoaded(meta ? { status: 'ready', meta } : { status: 'failed' });
  };
  const copy = () =>
    output &&
    copyCitation(output).then(
      () => setMessage(t('cite.copied')),
      () => setMessage(t('cite.copyFailed')),
    );
  const save = () => {
    if (!output || loaded.status !== 'ready') return;
    const file = citeFileName(loaded.meta.canonicalUrl ?? loaded.meta.url, output.extension, accessed);
    download(file, output.mime, output.text);
    setMessage(t('cite.saved', { file }));
  };
  return (
    <section class="cite-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="visually-hidden">
        {t('cite.heading')}
      </h2>
      <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => void toggle()}>
        {t('cite.open')}
      </button>
      <div id={`${id}-body`} hidden={!open}>
        {loaded.status === 'loading' && <p role="status">{t('cite.loading')}</p>}
        {loaded.status === 'failed' && <p role="alert">{t('cite.unavailable')}</p>}
        {output && (
          <>
            <p class="hint">{t('cite.hint')}</p>
            <label class="cite-format">
              {t('cite.format')}{' '}
              <select value={format} onChange={(e) => setFormat(e.currentTarget.value as CiteFormat)}>
                {CITE_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {t(`cite.format.${f}`)}
                  </option>
                ))}
              </select>
            </label>
            <textarea class="cite-text" readOnly rows={6} aria-label={t('cite.text')} value={output.text} />
            <div class="button-row">
              <button type="button" onClick={() => void copy()}>
                {t('cite.copy')}
              </button>
              <button type="button" onClick={save}>
                {t('cite.download')}
              </button>
            </div>
          </>
        )}
        <p role="status" class="hint">
          {message}
        </p>
      </div>
    </section>
  );
}
