import { expect, test, vi } from 'vitest';
import { noticeSettingsChanges } from '@/lib/background/settings-notice';
import { STORAGE_KEYS } from '@/lib/settings/storage';

// A frame whose probe said no waits for the settings to change (a category switched on may make it
// a yes): the background tells every tab when they do, and only then.

test('a change of the settings, in either area, is told to every tab; other writes are not', async () => {
  const tabs = { query: vi.fn(async () => [{ id: 1 }, {}, { id: 7 }]) };
  const send = vi.fn((tabId: number) =>
    tabId === 1 ? Promise.reject(new Error('no receiver')) : Promise.resolve(),
  );
  const notice = noticeSettingsChanges(tabs, send as never);
  await notice({ hiddenOccurrences: {}, notebook: {} });
  expect(send).not.toHaveBeenCalled();
  await notice({ [STORAGE_KEYS.settings]: {} });
  await notice({ [STORAGE_KEYS.area]: {} });
  expect(send.mock.calls).toEqual([
    [1, { type: 'probe/settings-changed' }],
    [7, { type: 'probe/settings-changed' }],
    [1, { type: 'probe/settings-changed' }],
    [7, { type: 'probe/settings-changed' }],
  ]);
});
