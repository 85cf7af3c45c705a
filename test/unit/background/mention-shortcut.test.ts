import { describe, expect, test, vi } from 'vitest';
import { jumpInActiveTab, type ShortcutApi } from '@/lib/background/mention-shortcut';

function fakeApi(tabs: { id?: number }[]) {
  const sendMessage = vi.fn<ShortcutApi['tabs']['sendMessage']>(async () => ({ ok: true }));
  const query = vi.fn(async () => tabs);
  return { api: { tabs: { query, sendMessage } } satisfies ShortcutApi, sendMessage, query };
}

describe('the next/previous-mention shortcuts', () => {
  test('send card/jump to the top frame of the active tab', async () => {
    const { api, sendMessage, query } = fakeApi([{ id: 7 }]);
    await jumpInActiveTab(api, 'next-mention');
    await jumpInActiveTab(api, 'previous-mention');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage.mock.calls).toEqual([
      [7, { type: 'card/jump', direction: 'next' }, { frameId: 0 }],
      [7, { type: 'card/jump', direction: 'previous' }, { frameId: 0 }],
    ]);
  });

  test('ignore other commands, tabs without an id, and tabs with no content script', async () => {
    const { api, sendMessage } = fakeApi([{}]);
    await jumpInActiveTab(api, 'next-mention');
    await jumpInActiveTab(api, '_execute_action');
    expect(sendMessage).not.toHaveBeenCalled();
    const refusing = fakeApi([{ id: 3 }]);
    refusing.sendMessage.mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(jumpInActiveTab(refusing.api, 'next-mention')).resolves.toBeUndefined();
  });
});
