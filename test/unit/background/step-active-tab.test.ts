import { describe, expect, test, vi } from 'vitest';
import { stepActiveTab, type StepApi } from '@/lib/background/step-active-tab';

function fakeApi(tabs: { id?: number }[]) {
  const sendMessage = vi.fn<StepApi['tabs']['sendMessage']>(async () => ({ ok: true }));
  const query = vi.fn(async () => tabs);
  return { api: { tabs: { query, sendMessage } } satisfies StepApi, sendMessage, query };
}

describe('the next/previous-mention shortcuts', () => {
  test('send card/step to the top frame of the active tab', async () => {
    const { api, sendMessage, query } = fakeApi([{ id: 7 }]);
    await stepActiveTab(api, 'next-mention');
    await stepActiveTab(api, 'previous-mention');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage.mock.calls).toEqual([
      [7, { type: 'card/step', direction: 'next' }, { frameId: 0 }],
      [7, { type: 'card/step', direction: 'previous' }, { frameId: 0 }],
    ]);
  });

  test('ignore other commands, tabs without an id, and tabs with no content script', async () => {
    const { api, sendMessage } = fakeApi([{}]);
    await stepActiveTab(api, 'next-mention');
    await stepActiveTab(api, '_execute_action');
    expect(sendMessage).not.toHaveBeenCalled();
    const refusing = fakeApi([{ id: 3 }]);
    refusing.sendMessage.mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(stepActiveTab(refusing.api, 'next-mention')).resolves.toBeUndefined();
  });
});
