import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/panel/panel';
import { createTranslator } from '@/lib/i18n/translate';
import { createBrowserSettingsStorage } from '@/lib/settings/storage';
import { createSettingsStore } from '@/lib/settings/store';

const t = createTranslator(browser.i18n.getUILanguage());
document.documentElement.lang = t.locale;
const settings = createSettingsStore(createBrowserSettingsStorage());
// Until lib/dataset/categories.ts lands there are no categories to list; the view says so.
render(<Panel t={t} settings={settings} categories={[]} />, document.getElementById('app')!);
