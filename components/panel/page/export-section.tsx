import { useId, useState } from 'preact/hooks';
import type { EntryLookup } from '@/lib/dataset/lookups';
import { mentionsToCsv } from '@/lib/export/csv';
import type { Download } from '@/lib/export/download';
import { EXPORT_TYPES, exportFileName, type ExportFormat } from '@/lib/export/file-name';
import { mentionsToJson } from '@/lib/export/json';
import { mentionsToMarkdown } from '@/lib/export/markdown';
import type { Translate } from '@/lib/i18n/translate';
import type { MentionList } from '@/lib/messaging';

interface ExportSectionProps {
  t: Translate;
  page: MentionList;
  lookup: EntryLookup;
  download: Download;
  now(): Date;
}

const FORMATS: ExportFormat[] = ['csv', 'json', 'md'];

/** The page's mentions as a file: CSV and JSON for the data, a Markdown briefing for reading. */
export function ExportSection({ t, page, lookup, download, now }: ExportSectionProps) {
  const hintId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const save = (format: ExportFormat) => {
    const exportedAt = now();
    const input = { page, lookup, exportedAt };
    const text =
      format === 'csv'
        ? mentionsToCsv(input)
        : format === 'json'
          ? mentionsToJson(input, t.locale)
          : mentionsToMarkdown(input, t);
    const file = exportFileName(page.url, format, exportedAt);
    download(file, EXPORT_TYPES[format], text);
    setSaved(file);
  };
  return (
    <section class="export-section" aria-labelledby={`${hintId}-title`}>
      <h2 id={`${hintId}-title`}>{t('export.heading')}</h2>
      <p id={hintId} class="hint">
        {t('export.hint')}
      </p>
      <div class="button-row">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            aria-label={t(`export.label.${format}`)}
            aria-describedby={hintId}
            onClick={() => save(format)}
          >
            {t(`export.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" class="hint">
        {saved && t('export.done', { file: saved })}
      </p>
    </section>
  );
}
