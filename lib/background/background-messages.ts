import { citeFigure } from '@/lib/cite/cite-figure';
import type { EntryDetails } from '@/lib/dataset/entry-details';
import { handleMessages, type MessageEvents, type MessageSender } from '@/lib/messaging/handle-messages';
import { sendToTab, type SendToTab } from '@/lib/messaging/send-message';
import type { NotebookMessage, NotebookWriteResult } from '@/lib/notebook/notebook-messages';
import type { HiddenWriter } from '@/lib/settings/hidden-writer';
import type { SettingsWriter } from '@/lib/settings/settings-writer';
import { handleHiddenRequest } from './hidden-requests';
import { openQuote, type QuoteTabs } from './open-quote';
import type { TestNames } from './name-test';
import type { ProbeFrame } from './probe-frame';
import type { RecognizeBlocks } from './recognize-blocks';
import { senderRole, type SenderRole } from './sender-role';
import { handleSettingsRequest } from './settings-requests';

/**
 * The background's one message listener (lib/messaging/catalogue.ts): it answers cards' entry
 * requests, is the one writer of the settings and the hidden occurrences (one queue each, in
 * `writers`, for every panel, tab and frame), and relays between the frames of a tab
 * (docs/architecture.md, "Frames"): sub-frames' mention lists go to the top frame, and a top frame
 * that starts late asks every frame to send again. It keeps no state of its own, so a suspended
 * service worker loses nothing.
 */
export function answerBackgroundMessages(deps: {
  writers: { settings: SettingsWriter; hidden: HiddenWriter };
  entries: (id: string) => Promise<EntryDetails | null>;
  /** The notebook's writer (lib/notebook/background-notebook.ts). */
  notebook: (
    message: NotebookMessage,
    role: SenderRole,
    incognito: boolean,
  ) => Promise<NotebookWriteResult | undefined>;
  /** Judges frames' blocks of text (lib/background/recognize-blocks.ts). */
  recognize: RecognizeBlocks;
  /** Whether a frame's text would show a mention (lib/background/probe-frame.ts). */
  probe?: ProbeFrame;
  /** What a chunk of a frame's text may name (lib/background/name-test.ts). */
  testNames?: TestNames;
  runtime: { id: string; getURL(path: string): string };
  send?: SendToTab;
  /** Where a notebook quote's article opens (lib/background/open-quote.ts). */
  tabs: QuoteTabs;
  events?: MessageEvents;
}) {
  const { writers, runtime, send = sendToTab } = deps;
  // Who may write is decided from what the browser stamps on the message, never from the message.
  const role = (sender: MessageSender) => senderRole(sender, runtime.id, runtime.getURL('/'));
  const tabOf = (sender: MessageSender) => sender.tab?.id;
  handleMessages(
    {
      'entry/get': ({ id }) => deps.entries(id),
      // A frame's own text, from its content script: nothing else has any to judge.
      'recognize/blocks': ({ texts, languages }, sender) =>
        role(sender).kind === 'page' ? deps.recognize(texts, languages) : undefined,
      'name/test': ({ text }, sender) =>
        role(sender).kind === 'page' && deps.testNames ? deps.testNames(text) : undefined,
      'probe/frame': ({ texts }, sender) => {
        const asker = role(sender);
        return asker.kind === 'page' && deps.probe ? deps.probe(texts, asker.url) : undefined;
      },
      'cite/figure': (request) => citeFigure(request, deps.entries),
      // The browser, not the message, says whether the tab is private.
      'notebook/record': (message, sender) =>
        deps.notebook(message, role(sender), sender.tab?.incognito === true),
      'notebook/save': (message, sender) =>
        deps.notebook(message, role(sender), sender.tab?.incognito === true),
      // Only the notebook page (an extension page) opens a tab and steers another tab's frame.
      'notebook/open-quote': (message, sender) =>
        role(sender).kind === 'panel' && sender.url?.startsWith(runtime.getURL('/notebook.html'))
          ? openQuote(message, sender.tab?.id, deps.tabs, send)
          : undefined,
      'settings/change': (message, sender) => handleSettingsRequest(message, role(sender), writers),
      'settings/replace': (message, sender) => handleSettingsRequest(message, role(sender), writers),
      'settings/reset': (message, sender) => handleSettingsRequest(message, role(sender), writers),
      'settings/site-off': (message, sender) => handleSettingsRequest(message, role(sender), writers),
      'hidden/hide': (message, sender) => handleHiddenRequest(message, role(sender), writers.hidden),
      'hidden/unhide-all': (message, sender) => handleHiddenRequest(message, role(sender), writers.hidden),
      'hidden/clear': (message, sender) => handleHiddenRequest(message, role(sender), writers.hidden),
      'frame/mentions': (message, sender) => {
        const tabId = tabOf(sender);
        if (tabId === undefined || !sender.frameId) return;
        const relayed = { ...message, frameId: sender.frameId, url: sender.url ?? message.url };
        void send(tabId, relayed, { frameId: 0 }).catch(() => undefined);
      },
      // Only a top frame steers the shortcut, and only into frames of its own tab.
      'card/open-in-frame': ({ frameId, index, position }, sender) => {
        const tabId = tabOf(sender);
        if (tabId === undefined || sender.frameId !== 0) return undefined;
        return send(tabId, { type: 'card/open', index, position }, { frameId }).catch(() => undefined);
      },
      'frame/hello': (_, sender) => {
        const tabId = tabOf(sender);
        if (tabId !== undefined) void send(tabId, { type: 'frame/resend' }).catch(() => undefined);
      },
    },
    undefined,
    deps.events,
  );
}
