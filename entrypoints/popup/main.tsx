import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel, type PanelTabId } from '@/components/panel/panel';
import entriesFile from '@/data/generated/entries.json';
import { CATEGORIES } from '@/lib/dataset/categories';
import { createEntryDetailsIndex } from '@/lib/dataset/entry-details';
import { createEntryLookup } from '@/lib/dataset/lookups';
import type { EntriesFile } from '@/lib/dataset/types';
import { createTranslator } from '@/lib/i18n/translate';
import { createBrowserPanelNotebook } from '@/lib/notebook/browser-panel-notebook';
import { createBrowseStore } from '@/lib/panel/browse-store';
import { createPageStore } from '@/lib/panel/page-store';
import { receivePendingLookup, takePendingLookup } from '@/lib/panel/pending-lookup';
import { createTabConnection, resolveTargetTab } from '@/lib/panel/tab-connection';
import { createValueStore } from '@/lib/panel/value-store';
import { resolveLookup } from '@/lib/search/resolve-lookup';
import { createSearchIndex } from '@/lib/search/search-index';
import { createBrowserSettingsStorage } from '@/lib/settings/storage';
import { createSettingsStore } from '@/lib/settings/store';

// Wiring only: the stores get their browser-backed parts here; components/panel renders them.
const t = createTranslator(browser.i18n.getUILanguage());
document.documentElement.lang = t.locale;
// An extension page, not the content script: the full entries may load here (validated at build).
const file = entriesFile as EntriesFile;
const lookup = createEntryLookup(file);
const details = createEntryDetailsIndex(file);
const index = createSearchIndex(file.entries, t.locale);
const settings = createSettingsStore(createBrowserSettingsStorage());
const targetTab = resolveTargetTab(location.search);
const page = createPageStore(createTabConnection(targetTab));
const notebook = createBrowserPanelNotebook(targetTab);
const browse = createBrowseStore(index);
const tab = createValueStore<PanelTabId>('page');

/** "Look up in Mineral Lens": an entry opens in Browse; text that names none becomes the query. */
function lookUp(text: string) {
  const target = resolveLookup(text, index);
  if (!target) return;
  tab.set('browse');
  if ('entryId' in target) browse.show(target.entryId);
  else browse.setQuery(target.query);
}

const fromHash = new URLSearchParams(location.hash.slice(1)).get('lookup');
const session = browser.storage.session ?? browser.storage.local;
if (fromHash) {
  lookUp(fromHash);
  void takePendingLookup(session).catch(() => null);
} else {
  receivePendingLookup(session, browser.storage.onChanged, lookUp);
}

// A settings change repaints the page at once: ask it again shortly rather than at the next poll.
let asking: ReturnType<typeof setTimeout> | undefined;
settings.subscribe(() => {
  clearTimeout(asking);
  asking = setTimeout(() => void page.refresh(), 400);
});

render(
  <Panel
    t={t}
    settings={settings}
    categories={CATEGORIES.map((c) => ({ id: c.slug, kind: c.applies, label: c.name[t.locale] }))}
    page={page}
    browse={browse}
    tab={tab}
    lookup={lookup}
    details={details.get}
    lists={file.lists}
    groupIds={file.entries.filter((e) => e.kind === 'group').map((e) => e.id)}
    notebook={notebook}
  />,
  document.getElementById('app')!,
);
page.start();
