import { useState } from 'preact/hooks';
import { useStore } from '@/components/shared/use-store';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Download } from '@/lib/export/download';
import type { Translate } from '@/lib/i18n/translate';
import type { PageMention } from '@/lib/messaging';
import type { HiddenPageAccess } from '@/lib/panel/hidden-page';
import type { PanelNotebook } from '@/lib/notebook/panel-notebook';
import { NotebookIntro } from '../notebook/notebook-intro';
import { SavePage } from '../notebook/save-page';
import type { PageStore } from '@/lib/panel/page-store';
import { isHighlightingOn } from '@/lib/settings/sites';
import type { SettingsStore } from '@/lib/settings/store';
import { CiteSection } from './cite-section';
import { ExportSection } from './export-section';
import { HiddenSection } from './hidden-section';
import { PageBriefing } from './page-briefing';
import { SiteToggle } from './site-toggle';
import { UnsupportedNotice } from './unsupported-notice';
import './page.css';

export interface PageViewProps {
  t: Translate;
  page: PageStore;
  settings: SettingsStore;
  lookup: EntryLookup;
  download: Download;
  /** The page's hidden occurrences, to show them again; absent where nothing can be hidden. */
  hidden?: HiddenPageAccess;
  now(): Date;
  onBrowse(): void;
  notebook?: PanelNotebook;
}

/** "This page": the briefing of the tab the panel was opened on, or why there is none. */
export function PageView({
  t,
  page,
  settings,
  lookup,
  download,
  hidden,
  now,
  onBrowse,
  notebook,
}: PageViewProps) {
  const state = useStore(page);
  const settingsState = useStore(settings);
  const [message, setMessage] = useState('');
  if (state.status === 'loading' || settingsState.status === 'loading') {
    return <p role="status">{t('page.loading')}</p>;
  }
  if (state.status === 'unsupported') return <UnsupportedNotice t={t} onBrowse={onBrowse} />;

  const { page: list } = state;
  const current = settingsState.settings;
  const hostname = hostnameOf(list.url);
  const on = isHighlightingOn(current, hostname);
  const reveal = async (mention: PageMention) => {
    const result = await page.reveal(mention);
    setMessage(t(result.ok ? 'page.revealed' : 'page.gone'));
  };
  return (
    <div class="page-view">
      {notebook && (
        <NotebookIntro
          t={t}
          notebook={notebook}
          on={current.notebook}
          onTurnOn={() => void settings.update({ notebook: true })}
        />
      )}
      <header class="page-header">
        <p class="page-title">{list.title || hostname}</p>
        {hostname && <SiteToggle t={t} settings={settings} hostname={hostname} />}
      </header>
      {!current.enabled ? (
        <div class="notice">
          <p>{t('page.offEverywhere')}</p>
          <button type="button" class="primary" onClick={() => void settings.update({ enabled: true })}>
            {t('page.turnOn')}
          </button>
        </div>
      ) : !on ? (
        <p class="notice">{t('page.offHere')}</p>
      ) : list.mentions.length === 0 ? (
        <div class="notice">
          <p>{t('page.empty')}</p>
          <p class="hint">{t('page.empty.hint')}</p>
        </div>
      ) : (
        <>
          <PageBriefing
            t={t}
            page={list}
            lookup={lookup}
            settings={current}
            onReveal={(m) => void reveal(m)}
          />
          {notebook && <SavePage t={t} notebook={notebook} on={current.notebook} />}
          <ExportSection t={t} page={list} lookup={lookup} download={download} now={now} />
        </>
      )}
      {hidden && on && <HiddenSection t={t} url={list.url} hidden={hidden} />}
      <CiteSection t={t} page={page} download={download} now={now} />
      <p role="status" class="visually-hidden">
        {message}
      </p>
    </div>
  );
}

function hostnameOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}
