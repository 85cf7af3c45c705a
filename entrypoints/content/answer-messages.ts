import { browser } from 'wxt/browser';
import { isExtensionMessage, type ExtensionMessage, type ResponseMap } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import { isNotebookMessage } from '@/lib/notebook/notebook-messages';
import type { FrameRelay } from './frame-relay';
import type { NotebookFeed } from './notebook-feed';

/**
 * Answers the panel's typed requests (lib/messaging.ts). Only the top frame answers for the list;
 * a sub-frame answers reveal only for mentions it has, so a message that reached every frame still
 * gets the owner's answer.
 */
export function answerMessages(
  engine: PageEngine,
  relay: FrameRelay,
  isTop: boolean,
  signal: AbortSignal,
  notebook?: Pick<NotebookFeed, 'metadata'>,
) {
  const answer = (message: ExtensionMessage): ResponseMap[keyof ResponseMap] | undefined => {
    switch (message.type) {
      case 'mentions/list':
        return isTop ? relay.list() : undefined;
      case 'mentions/reveal': {
        const result = engine.reveal(message.index);
        return isTop || result.ok ? result : undefined;
      }
      case 'card/open':
      case 'card/step':
      case 'entry/get':
      case 'settings/change':
      case 'settings/replace':
      case 'settings/reset':
      case 'settings/site-off':
      case 'hidden/hide':
      case 'hidden/unhide-all':
      case 'hidden/clear':
        return undefined; // The card's own listener (card-messages.ts) or the background answers.
      default:
        relay.receive(message);
        return undefined;
    }
  };
  const listener = (message: unknown) => {
    if (isNotebookMessage(message) && message.type === 'page/metadata') {
      const metadata = notebook?.metadata();
      return metadata === undefined ? undefined : Promise.resolve(metadata);
    }
    if (!isExtensionMessage(message)) return undefined;
    const response = answer(message);
    return response === undefined ? undefined : Promise.resolve(response);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
