import { noFields, MESSAGES } from './catalogue';

/**
 * Hand checks for the messages every frame gets at start-up, for ./messages.ts: the top frame's
 * hello makes the background ask every frame of the tab to resend its list (frame/resend), and each
 * sub-frame's list comes to the top frame (frame/mentions). Checked by their zod schemas, each frame
 * paid for building the schema and zod's first run, ~5 ms unminified (issue 15). A check here
 * accepts only fields the schema accepts and gives back unchanged (a unit test compares them on
 * arbitrary input); whatever it does not accept, the schema reads, and refuses or repairs.
 */
type Fields = Record<string, unknown>;
type MessageType = keyof typeof MESSAGES;

const FRAME_LIST_KEYS = new Set(['url', 'mentions', 'claim', 'frameId']);

const optional = (fields: Fields, key: string, check: (value: unknown) => boolean) =>
  !Object.hasOwn(fields, key) || check(fields[key]);
const shortString = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;

const PLAIN: Partial<Record<MessageType, (fields: Fields) => boolean>> = {
  'frame/mentions': (fields) =>
    Object.keys(fields).every((key) => FRAME_LIST_KEYS.has(key)) &&
    shortString(2048)(fields.url) &&
    Array.isArray(fields.mentions) &&
    optional(fields, 'claim', shortString(100)) &&
    optional(fields, 'frameId', Number.isSafeInteger),
};

/** Whether the fields are plainly what `type`'s schema accepts as they are; false: ask the schema. */
export function isPlainlyValid(type: MessageType, fields: Fields): boolean {
  // Identity only: comparing does not build the lazy schema.
  if (MESSAGES[type].request === noFields) return Object.keys(fields).length === 0;
  return PLAIN[type]?.(fields) ?? false;
}
