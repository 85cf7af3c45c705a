import {
  parseMessage,
  type ExtensionMessage,
  type MessageOf,
  type MessageType,
  type ReplyTo,
} from './messages';
import {
  runtimeMessageEvents,
  type MessageEvents,
  type MessageListener,
  type MessageSender,
} from './runtime-events';

export type { MessageEvents, MessageSender };

export type MessageHandlers<T extends MessageType> = {
  [K in T]: (message: MessageOf<K>, sender: MessageSender) => ReplyTo<K> | Promise<ReplyTo<K>> | undefined;
};

/**
 * One typed listener per context (refined-github's `handleMessages({...})`): each context lists
 * the messages it answers, and each handler gets its message already checked against the
 * catalogue and must return that message's reply type. A handler that returns undefined does
 * not answer, so another frame (the mention's owner) or another listener can.
 */
export function handleMessages<T extends MessageType>(
  handlers: MessageHandlers<T>,
  signal?: AbortSignal,
  events: MessageEvents = runtimeMessageEvents(),
): void {
  const listener: MessageListener = (value, sender) => {
    const message = parseMessage(value);
    if (!message || !Object.hasOwn(handlers, message.type)) return undefined;
    const handle = handlers[message.type as T] as (m: ExtensionMessage, s: MessageSender) => unknown;
    // Decided synchronously: a promise returned here is an answer, even one that resolves to nothing.
    const reply = handle(message, sender);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  events.addListener(listener);
  signal?.addEventListener('abort', () => events.removeListener(listener), { once: true });
}
