// Base styles first: the views' own sheets build on its tokens and element rules.
import './panel.css';
import './settings/settings.css';
import { useStore } from '@/components/shared/use-store';
import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { ListDef } from '@/lib/dataset/types';
import { downloadText, type Download } from '@/lib/export/download';
import type { Translate } from '@/lib/i18n/translate';
import type { PanelNotebook } from '@/lib/notebook/panel-notebook';
import type { BrowseStore } from '@/lib/panel/browse-store';
import type { PageStore } from '@/lib/panel/page-store';
import type { ValueStore } from '@/lib/panel/value-store';
import type { SettingsStore } from '@/lib/settings/store';
import { BrowseView } from './browse/browse-view';
import type { HiddenPageAccess } from '@/lib/panel/hidden-page';
import { PageView } from './page/page-view';
import { PanelTabs } from './panel-tabs';
import { SettingsView } from './settings-view';
import type { CategoryInfo } from './settings/category-list';

export type PanelTabId = 'page' | 'browse' | 'settings';

export interface PanelProps {
  t: Translate;
  settings: SettingsStore;
  /** Highlight categories for the settings view, named in the UI language. */
  categories: readonly CategoryInfo[];
  page: PageStore;
  browse: BrowseStore;
  tab: ValueStore<PanelTabId>;
  lookup: EntryLookup;
  /** An entry's details for the Browse view, as the card gets them from the background. */
  details(id: string): EntryDetails | null;
  lists: readonly ListDef[];
  groupIds: readonly string[];
  /** Saves an export; tests pass a spy. */
  download?: Download;
  /** The page's hidden occurrences ("not the mineral here"), to show them again. */
  hidden?: HiddenPageAccess;
  now?(): Date;
  /** Save to and open the notebook (lib/notebook/panel-notebook.ts). */
  notebook?: PanelNotebook;
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/**
 * The browser-action panel: "This page", "Browse" and "Settings" as tabs. Typing a letter
 * anywhere outside a field searches: the panel switches to Browse with that letter typed.
 */
export function Panel(props: PanelProps) {
  const { t, settings, categories, page, browse, tab, lookup } = props;
  const selected = useStore(tab);
  const onKeyDown = (event: KeyboardEvent) => {
    const printable = event.key.length === 1 && event.key !== ' ';
    if (!printable || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
    event.preventDefault();
    tab.set('browse');
    browse.typeAhead(event.key);
  };
  return (
    <main class="panel" onKeyDown={onKeyDown}>
      <header class="panel-header">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} />
          Mineral Lens
        </h1>
      </header>
      <PanelTabs
        label={t('panel.tabs')}
        idPrefix="panel"
        selected={selected}
        onSelect={tab.set}
        tabs={[
          {
            id: 'page',
            label: t('tab.page'),
            content: (
              <PageView
                t={t}
                page={page}
                settings={settings}
                lookup={lookup}
                download={props.download ?? downloadText}
                hidden={props.hidden}
                now={props.now ?? (() => new Date())}
                onBrowse={() => tab.set('browse')}
                notebook={props.notebook}
              />
            ),
          },
          {
            id: 'browse',
            label: t('tab.browse'),
            content: (
              <BrowseView
                t={t}
                browse={browse}
                lookup={lookup}
                details={props.details}
                lists={props.lists}
                groupIds={props.groupIds}
              />
            ),
          },
          {
            id: 'settings',
            label: t('tab.settings'),
            content: (
              <SettingsView store={settings} t={t} categories={categories} notebook={props.notebook} />
            ),
          },
        ]}
      />
    </main>
  );
}
