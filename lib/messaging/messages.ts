import type { z } from 'zod/mini';
import { MESSAGES } from './catalogue';
import { isPlainlyValid } from './plain-messages';

/**
 * What the catalogue (./catalogue.ts) gives everyone else: the message union, each reply type and
 * the one guard every listener runs before it looks at a message. Nothing here is written by
 * hand per message, so a row added to the catalogue is a message everywhere.
 */
export type MessageType = keyof typeof MESSAGES;

/** One message of a type: its `type` and the fields its row's request schema allows. */
export type MessageOf<T extends MessageType> = { type: T } & z.output<(typeof MESSAGES)[T]['request']>;

export type ExtensionMessage = { [T in MessageType]: MessageOf<T> }[MessageType];

/** What a message's handler answers (its row's `reply`). */
export type ReplyTo<T extends MessageType> = (typeof MESSAGES)[T]['reply'];

export const MESSAGE_TYPES = Object.keys(MESSAGES) as MessageType[];

export const isMessageType = (type: unknown): type is MessageType =>
  typeof type === 'string' && Object.hasOwn(MESSAGES, type);

/**
 * The message, checked against its row's schema, or null. Messages come only from the
 * extension's own pages and scripts, but a shape is still checked before anything acts on it.
 */
export function parseMessage(value: unknown): ExtensionMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, ...fields } = value as { type?: unknown };
  if (!isMessageType(type)) return null;
  if (isPlainlyValid(type, fields)) return { ...fields, type } as ExtensionMessage;
  const parsed = MESSAGES[type].request.safeParse(fields);
  return parsed.success ? ({ ...(parsed.data as object), type } as ExtensionMessage) : null;
}

export const isExtensionMessage = (value: unknown): value is ExtensionMessage => parseMessage(value) !== null;

/** A card's request for the citations behind an entry (lib/cite/cite-figure.ts). */
export type CiteFigureRequest = MessageOf<'cite/figure'>;
