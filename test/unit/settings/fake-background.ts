import { fakeBrowser } from 'wxt/testing/fake-browser';
import { senderRole, type MessageSenderLike } from '@/lib/background/sender-role';
import { handleHiddenRequest } from '@/lib/background/hidden-requests';
import { createHiddenWriter } from '@/lib/settings/hidden-writer';
import { handleSettingsRequest } from '@/lib/background/settings-requests';
import { createSettingsWriter } from '@/lib/settings/settings-writer';
import type { StorageApi } from '@/lib/settings/storage';
import type { SendStoreRequest } from '@/lib/settings/writer-client';

/**
 * The background's writers and handlers as lib/background/background-messages.ts wires them, over fakeBrowser
 * storage, with senders stamped the way the browser stamps them: fakeBrowser's own sendMessage
 * passes an empty sender, so tests route each "frame" or "panel" through here instead.
 */
const EXTENSION_ID = 'mineral-lens-test';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export function createFakeBackground(api: StorageApi = fakeBrowser.storage) {
  const writers = { settings: createSettingsWriter(api), hidden: createHiddenWriter(api) };
  let handled = 0;
  const sendAs =
    (sender: MessageSenderLike): SendStoreRequest =>
    async (request) => {
      // Messages are cloned between contexts; nothing the sender keeps is shared.
      const message = structuredClone(request);
      const role = senderRole(sender, EXTENSION_ID, ORIGIN);
      handled++;
      const answer = message.type.startsWith('settings/')
        ? await handleSettingsRequest(message, role, writers)
        : await handleHiddenRequest(message, role, writers.hidden);
      return structuredClone(answer) as never;
    };
  return {
    writers,
    get handled() {
      return handled;
    },
    /** The popup: an extension page in no tab. */
    panel: sendAs({ id: EXTENSION_ID, url: `${ORIGIN}popup.html` }),
    /** A content script in a frame showing `url`, in tab `tabId`. */
    frame: (url: string, tabId = 1) => sendAs({ id: EXTENSION_ID, url, tab: { id: tabId } }),
    /** Anything: for checking what the handlers refuse. */
    sendAs,
  };
}
