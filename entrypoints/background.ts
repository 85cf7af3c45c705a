import { browser } from 'wxt/browser';
import { getEntryDetails } from '@/lib/entry-service';
import { createTranslator } from '@/lib/i18n/translate';
import { isExtensionMessage, LIFE_PORT } from '@/lib/messaging';
import { createBackgroundNotebook } from '@/lib/notebook/background-notebook';
import { isNotebookMessage } from '@/lib/notebook/notebook-messages';
import { registerLookupMenu } from '@/lib/panel/lookup-menu';
import { senderRole } from '@/lib/sender-role';
import { handleHiddenRequest } from '@/lib/settings/hidden-messages';
import { createHiddenWriter } from '@/lib/settings/hidden-writer';
import { handleSettingsRequest } from '@/lib/settings/settings-messages';
import { createSettingsWriter } from '@/lib/settings/settings-writer';
import { stepActiveTab } from '@/lib/step-active-tab';

// The background relays between frames of a tab (lib/messaging.ts, "Frames"): sub-frames' mention
// lists go to the top frame, and a top frame that starts late asks every frame to send again. It
// keeps no state, so a suspended service worker loses nothing. It also answers cards' entry
// requests and turns the next/previous-mention shortcuts into messages to the active tab.
// And it is the one writer of the settings and the hidden occurrences (lib/messaging.ts, "Writes"):
// one queue each, here, for every panel, tab and frame; its state is only those queues.
// And the notebook's only writer (lib/notebook/notebook-messages.ts), never for a private tab.
export default defineBackground(() => {
  registerLookupMenu(browser, createTranslator(browser.i18n.getUILanguage())('menu.lookup'));
  const writers = { settings: createSettingsWriter(), hidden: createHiddenWriter() };
  // Page lists past their age, and any kept under an older key format, go at install, update and start.
  const prune = () => void writers.hidden.prune().catch(() => undefined);
  browser.runtime.onInstalled.addListener(prune);
  browser.runtime.onStartup.addListener(prune);
  const notebook = createBackgroundNotebook(browser);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isExtensionMessage(message) && message.type === 'entry/get') return getEntryDetails(message.id);
    if (isNotebookMessage(message) && message.type !== 'page/metadata') {
      const role = senderRole(sender, browser.runtime.id, browser.runtime.getURL('/'));
      return notebook(message, role, sender.tab?.incognito === true);
    }
    if (isExtensionMessage(message) && /^(settings|hidden)\//.test(message.type)) {
      const role = senderRole(sender, browser.runtime.id, browser.runtime.getURL('/'));
      return message.type.startsWith('settings/')
        ? handleSettingsRequest(message, role, writers)
        : handleHiddenRequest(message, role, writers.hidden);
    }
    const tabId = sender.tab?.id;
    if (!isExtensionMessage(message) || tabId === undefined) return undefined;
    if (message.type === 'frame/mentions' && sender.frameId) {
      void browser.tabs
        .sendMessage(
          tabId,
          { ...message, frameId: sender.frameId, url: sender.url ?? message.url },
          { frameId: 0 },
        )
        .catch(() => undefined);
    }
    if (message.type === 'frame/hello') {
      void browser.tabs.sendMessage(tabId, { type: 'frame/resend' }).catch(() => undefined);
    }
    return undefined;
  });
  // Content scripts hold a port whose disconnect tells them the extension went away
  // (entrypoints/content/extension-life.ts); without a listener it would close at once.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFE_PORT) port.disconnect();
  });
  browser.commands.onCommand.addListener((command) => void stepActiveTab(browser, command));
});
