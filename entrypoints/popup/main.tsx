import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel, type PanelTabId } from '@/components/panel/panel';
import entriesFile from '@/data/generated/entries.json';
import { CATEGORIES } from '@/lib/dataset/categories';
import { createEntryDetailsIndex } from '@/lib/dataset/entry-details';
import { createEntryLookup } from '@/lib/dataset/lookups';
import type { EntriesFile } from '@/lib/dataset/types';
import { cardLanguageTag } from '@/lib/i18n/card-language';
import { localizeDetails, localizeList } from '@/lib/i18n/localize-details';
import { localizeLookup } from '@/lib/i18n/localize-lookup';
import { createTranslator } from '@/lib/i18n/translate';
import { createBrowserPanelNotebook } from '@/lib/notebook/browser-panel-notebook';
import { createBrowseStore } from '@/lib/panel/browse-store';
import { createHiddenPageAccess } from '@/lib/panel/hidden-page';
import { createPageStore } from '@/lib/panel/page-store';
import { receivePendingLookup, takePendingLookup } from '@/lib/panel/pending-lookup';
import { createTabConnection, resolveTargetTab } from '@/lib/panel/tab-connection';
import { createValueStore } from '@/lib/panel/value-store';
import { resolveLookup } from '@/lib/search/resolve-lookup';
import { createSearchIndex } from '@/lib/search/search-index';
import { createBrowserSettingsStorage } from '@/lib/settings/storage';
import { createSettingsStore } from '@/lib/settings/store';

// Wiring only: the stores get their browser-backed parts here; components/panel renders them.
const browserLanguage = browser.i18n.getUILanguage();
let t = createTranslator(browserLanguage);
// An extension page, not the content script: the full entries may load here (validated at build).
const file = entriesFile as EntriesFile;
const entryLookup = createEntryLookup(file);
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
  // The panel speaks the card's language ("the page's" has no page here: the browser's).
  const { cardLanguage } = settings.getSnapshot().settings;
  const next = createTranslator(
    cardLanguageTag(cardLanguage === 'page' ? 'browser' : cardLanguage, browserLanguage, ''),
  );
  if (next.locale !== t.locale) renderPanel((t = next));
});

/** The whole panel in one language: its strings, the entries in Browse, the briefing, the exports. */
function renderPanel(t: ReturnType<typeof createTranslator>) {
  document.documentElement.lang = t.locale;
  const lookup = localizeLookup(entryLookup, file, t.locale);
  render(
    <Panel
      t={t}
      settings={settings}
      categories={CATEGORIES.map((c) => ({ id: c.slug, kind: c.applies, label: c.name[t.locale] }))}
      page={page}
      browse={browse}
      tab={tab}
      lookup={lookup}
      details={(id) => {
        const found = details.get(id);
        return found && localizeDetails(found, t.locale);
      }}
      lists={t.locale === 'es' ? file.lists.map(localizeList) : file.lists}
      groupIds={file.entries.filter((e) => e.kind === 'group').map((e) => e.id)}
      hidden={createHiddenPageAccess()}
      notebook={notebook}
    />,
    document.getElementById('app')!,
  );
}
renderPanel(t);
page.start();
