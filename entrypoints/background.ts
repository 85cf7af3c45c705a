import { browser } from 'wxt/browser';
import { getEntryDetails } from '@/lib/entry-service';
import { createTranslator } from '@/lib/i18n/translate';
import { isExtensionMessage, LIFE_PORT } from '@/lib/messaging';
import { registerLookupMenu } from '@/lib/panel/lookup-menu';
import { stepActiveTab } from '@/lib/step-active-tab';

// The background relays between frames of a tab (lib/messaging.ts, "Frames"): sub-frames' mention
// lists go to the top frame, and a top frame that starts late asks every frame to send again. It
// keeps no state, so a suspended service worker loses nothing. It also answers cards' entry
// requests and turns the next/previous-mention shortcuts into messages to the active tab.
export default defineBackground(() => {
  registerLookupMenu(browser, createTranslator(browser.i18n.getUILanguage())('menu.lookup'));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isExtensionMessage(message) && message.type === 'entry/get') return getEntryDetails(message.id);
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
