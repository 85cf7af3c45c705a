import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NotebookApp } from '@/components/notebook/notebook-app';
import { NotebookTools } from '@/components/notebook/notebook-tools';
import entriesFile from '@/data/generated/entries.json';
import { CATEGORIES } from '@/lib/dataset/categories';
import { createEntryLookup } from '@/lib/dataset/lookups';
import type { EntriesFile } from '@/lib/dataset/types';
import { downloadText } from '@/lib/export/download';
import { createTranslator } from '@/lib/i18n/translate';
import { openNotebook } from '@/lib/notebook/database';
import { createNotebookViewStore } from '@/lib/notebook/notebook-view-store';

// Wiring only: the notebook page reads the database in the extension's own origin, where the
// background writes it; it follows the panel's language (the browser's UI language).
async function main() {
  const t = createTranslator(browser.i18n.getUILanguage());
  document.documentElement.lang = t.locale;
  document.title = t('nb.title');
  const lookup = createEntryLookup(entriesFile as EntriesFile);
  const termName = (id: string) => lookup.entry(id)?.name ?? id;
  const categories = new Map(CATEGORIES.map((c) => [c.slug, c.name[t.locale]]));
  const store = createNotebookViewStore(await openNotebook());
  render(
    <NotebookApp
      t={t}
      store={store}
      termName={termName}
      categoryName={(id) => categories.get(id) ?? id}
      tools={(shown) => (
        <NotebookTools t={t} store={store} shown={shown} termName={termName} download={downloadText} />
      )}
    />,
    document.getElementById('app')!,
  );
}

void main();
