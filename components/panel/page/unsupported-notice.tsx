import type { Translate } from '@/lib/i18n/translate';

interface UnsupportedNoticeProps {
  t: Translate;
  onBrowse(): void;
}

/** The page did not answer: say why that happens, the one case a reader can fix, and what still works. */
export function UnsupportedNotice({ t, onBrowse }: UnsupportedNoticeProps) {
  return (
    <section class="notice unsupported" aria-labelledby="unsupported-title">
      <h2 id="unsupported-title">{t('page.unsupported.title')}</h2>
      <p>{t('page.unsupported.body')}</p>
      <ul>
        <li>{t('page.unsupported.browser')}</li>
        <li>{t('page.unsupported.store')}</li>
        <li>{t('page.unsupported.pdf')}</li>
      </ul>
      <p>{t('page.unsupported.reload')}</p>
      <button type="button" class="link-button" onClick={onBrowse}>
        {t('page.unsupported.browse')}
      </button>
    </section>
  );
}
