import { render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { Panel, type PanelTabId } from '@/components/panel/panel';
import type { PageMetadata } from '@/lib/cite/page-metadata';
import { CATEGORIES } from '@/lib/dataset/categories';
import { createEntryDetailsIndex } from '@/lib/dataset/entry-details';
import { createTranslator } from '@/lib/i18n/translate';
import type { MentionList, RevealResult } from '@/lib/messaging';
import type { PanelNotebook } from '@/lib/notebook/panel-notebook';
import { createBrowseStore } from '@/lib/panel/browse-store';
import type { HiddenPageAccess } from '@/lib/panel/hidden-page';
import type { PageConnection } from '@/lib/panel/page-connection';
import { createPageStore } from '@/lib/panel/page-store';
import { createValueStore } from '@/lib/panel/value-store';
import { createSearchIndex } from '@/lib/search/search-index';
import { createMemorySettingsStorage } from '@/lib/settings/memory-storage';
import { createSettingsStore } from '@/lib/settings/store';
import { ENTRIES, LOOKUP, PAGE } from './mention-fixture';

export interface RenderOptions {
  /** The page's answer; `null` for a page no content script answers on. */
  page?: MentionList | null;
  settings?: unknown;
  language?: string;
  tab?: PanelTabId;
  reveal?: RevealResult;
  /** What the page says about itself when the panel asks to cite it; `null`: it does not answer. */
  metadata?: unknown;
  hidden?: HiddenPageAccess;
  notebook?: PanelNotebook;
}

/** The whole panel as the popup builds it, with a fake page and in-memory settings. */
export async function renderPanel(options: RenderOptions = {}) {
  const { page = PAGE, language = 'en' } = options;
  const t = createTranslator(language);
  const storage = createMemorySettingsStorage(options.settings);
  const settings = createSettingsStore(storage);
  const connection = {
    list: vi.fn(async () => {
      if (page === null) throw new Error('Could not establish connection');
      return page;
    }),
    send: vi.fn(async (): Promise<RevealResult> => options.reveal ?? { ok: true }),
    metadata: vi.fn(async () => {
      if (!options.metadata) throw new Error('Could not establish connection');
      return options.metadata as PageMetadata;
    }),
  } satisfies PageConnection;
  const pageStore = createPageStore(connection, { retries: 0, pollMs: 60_000 });
  const browse = createBrowseStore(createSearchIndex(ENTRIES.entries, t.locale));
  const tab = createValueStore<PanelTabId>(options.tab ?? 'page');
  const download = vi.fn();
  render(
    <Panel
      t={t}
      settings={settings}
      categories={CATEGORIES.map((c) => ({ id: c.slug, kind: c.applies, label: c.name[t.locale] }))}
      page={pageStore}
      browse={browse}
      tab={tab}
      lookup={LOOKUP}
      details={createEntryDetailsIndex(ENTRIES).get}
      lists={ENTRIES.lists}
      groupIds={['platinum-group-metals', 'rare-earth-elements']}
      download={download}
      hidden={options.hidden}
      now={() => new Date('2026-11-22T10:00:00Z')}
      notebook={options.notebook}
    />,
  );
  await settings.ready;
  await pageStore.refresh();
  await screen.findByRole('heading', { level: 1 });
  return { storage, settings, connection, pageStore, browse, tab, download, t };
}
