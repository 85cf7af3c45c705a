import { browser } from 'wxt/browser';
import { answerBackgroundMessages } from '@/lib/background/background-messages';
import { getEntryDetails } from '@/lib/background/entry-service';
import { registerLookupMenu } from '@/lib/background/lookup-menu';
import { createNameTester } from '@/lib/background/name-test';
import { createFrameProbe } from '@/lib/background/probe-frame';
import { createBlockRecognizer } from '@/lib/background/recognize-blocks';
import { jumpInActiveTab } from '@/lib/background/mention-shortcut';
import { noticeSettingsChanges } from '@/lib/background/settings-notice';
import { createBackgroundNotebook } from '@/lib/notebook/background-notebook';
import { createTranslator } from '@/lib/i18n/translate';
import { LIFE_PORT } from '@/lib/messaging';
import { sendToTab } from '@/lib/messaging/send-message';
import { createHiddenWriter } from '@/lib/settings/hidden-writer';
import { createSettingsWriter } from '@/lib/settings/settings-writer';
import { loadSettings } from '@/lib/settings/storage';

// Wiring only: the background's messages (lib/background/background-messages.ts), the context
// menu, the next/previous-mention shortcuts and the port content scripts watch. Its only state is
// the writers' queues.
export default defineBackground(() => {
  registerLookupMenu(browser, createTranslator(browser.i18n.getUILanguage())('menu.lookup'));
  const writers = { settings: createSettingsWriter(), hidden: createHiddenWriter() };
  // Page lists past their age, and any kept under an older key format, go at install, update and start.
  const prune = () => void writers.hidden.prune().catch(() => undefined);
  browser.runtime.onInstalled.addListener(prune);
  browser.runtime.onStartup.addListener(prune);
  const notebook = createBackgroundNotebook(browser);
  const recognize = createBlockRecognizer();
  answerBackgroundMessages({
    writers,
    entries: getEntryDetails,
    recognize,
    // One warm recognizer judges both the engines' blocks and the probes' frames.
    probe: createFrameProbe(recognize, loadSettings),
    testNames: createNameTester(),
    notebook,
    runtime: browser.runtime,
    tabs: browser.tabs,
  });
  // Content scripts hold a port whose disconnect tells them the extension went away
  // (lib/page/extension-life.ts); without a listener it would close at once.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFE_PORT) port.disconnect();
  });
  browser.commands.onCommand.addListener((command) => void jumpInActiveTab(browser, command));
  // Frames waiting on a probe's no hear of a change of settings from here, not from storage.
  const notice = noticeSettingsChanges(browser.tabs, sendToTab);
  browser.storage.onChanged.addListener((changes) => void notice(changes));
});
