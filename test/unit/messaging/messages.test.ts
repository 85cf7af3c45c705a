import { describe, expect, test } from 'vitest';
import { isExtensionMessage } from '@/lib/messaging/messages';

describe('isExtensionMessage', () => {
  test.each([
    { type: 'mentions/list' },
    { type: 'mentions/reveal', index: 3 },
    { type: 'card/open', index: 0 },
    { type: 'frame/mentions', url: 'http://x/', mentions: [] },
    { type: 'frame/hello' },
    { type: 'frame/resend' },
    { type: 'entry/get', id: 'gallium' },
    { type: 'card/jump', direction: 'next' },
    { type: 'card/jump', direction: 'previous' },
    { type: 'card/open', index: 2, position: { at: 4, count: 6 } },
    { type: 'card/open-in-frame', frameId: 3, index: 0, position: { at: 4, count: 6 } },
    { type: 'hidden/unhide-all' },
    { type: 'settings/change', change: { op: 'toggle-site', hostname: 'example.org' } },
  ])('accepts %o', (message) => expect(isExtensionMessage(message)).toBe(true));

  test.each([
    null,
    'mentions/list',
    {},
    { type: 'mentions/delete' },
    { type: 'mentions/reveal' },
    { type: 'mentions/reveal', index: 1.5 },
    { type: 'frame/mentions', mentions: 'all' },
    { type: 'entry/get' },
    { type: 'entry/get', id: 7 },
    { type: 'card/jump', direction: 'sideways' },
    { type: 'mentions/list', extra: true },
    { type: 'card/open-in-frame', index: 0, position: { at: 0, count: 1 } },
    { type: 'hidden/hide', occurrence: { termId: 'lithium' } },
    { type: 'toString' },
    { type: '__proto__' },
  ])('rejects %o', (message) => expect(isExtensionMessage(message)).toBe(false));
});
