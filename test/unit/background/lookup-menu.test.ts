import { describe, expect, test, vi } from 'vitest';
import {
  LOOKUP_EXPIRY_ALARM,
  LOOKUP_MENU_ID,
  openLookup,
  registerLookupMenu,
  type LookupMenuApi,
} from '@/lib/background/lookup-menu';
import {
  PENDING_LOOKUP_KEY,
  PENDING_LOOKUP_TTL_MS,
  forgetStaleLookup,
  receivePendingLookup,
  savePendingLookup,
  takePendingLookup,
  type LookupArea,
} from '@/lib/panel/pending-lookup';

function memoryArea(): LookupArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => void Object.assign(items, next),
    remove: async (key) => void delete items[key],
  };
}

function fakeApi({ popupOpens = true } = {}) {
  const session = memoryArea();
  const listeners: {
    installed?: () => void;
    clicked?: Parameters<LookupMenuApi['contextMenus']['onClicked']['addListener']>[0];
    alarm?: (alarm: { name: string }) => void;
  } = {};
  const api = {
    contextMenus: {
      create: vi.fn(),
      removeAll: vi.fn(async () => undefined),
      onClicked: { addListener: (l: typeof listeners.clicked) => void (listeners.clicked = l) },
    },
    runtime: {
      onInstalled: { addListener: (l: () => void) => void (listeners.installed = l) },
      getURL: (path: string) => `chrome-extension://id${path}`,
    },
    action: {
      openPopup: vi.fn(async () => {
        if (!popupOpens) throw new Error('no window');
      }),
    },
    tabs: { create: vi.fn(async () => ({})) },
    storage: { session, local: memoryArea() },
    alarms: {
      create: vi.fn(),
      onAlarm: { addListener: (l: (alarm: { name: string }) => void) => void (listeners.alarm = l) },
    },
  } satisfies LookupMenuApi;
  return { api, session, listeners };
}

describe('the "Look up in Mineral Lens" context menu', () => {
  test('is created on install, for selections only', async () => {
    const { api, listeners } = fakeApi();
    registerLookupMenu(api, 'Look up in Mineral Lens');
    listeners.installed!();
    await vi.waitFor(() =>
      expect(api.contextMenus.create).toHaveBeenCalledWith({
        id: LOOKUP_MENU_ID,
        title: 'Look up in Mineral Lens',
        contexts: ['selection'],
      }),
    );
    expect(api.contextMenus.removeAll).toHaveBeenCalledBefore(api.contextMenus.create);
  });

  test('a click whose popup and fallback tab both fail leaves no unhandled rejection', async () => {
    const { api, listeners } = fakeApi({ popupOpens: false });
    api.tabs.create.mockRejectedValue(new Error('no window to open a tab in'));
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      registerLookupMenu(api, 'x');
      listeners.clicked!({ menuItemId: LOOKUP_MENU_ID, selectionText: 'gallium' }, { id: 7 });
      await vi.waitFor(() => expect(api.tabs.create).toHaveBeenCalled());
      // Node reports an unhandled rejection after the microtasks of the turn it happened in.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  test('a click leaves the selection for the panel and opens the popup', async () => {
    const { api, session, listeners } = fakeApi();
    registerLookupMenu(api, 'x');
    listeners.clicked!({ menuItemId: LOOKUP_MENU_ID, selectionText: '  tierras raras ' }, { id: 7 });
    // Called in the click's own turn: Firefox refuses openPopup after an await.
    expect(api.action.openPopup).toHaveBeenCalledTimes(1);
    await vi.waitFor(() =>
      expect(session.items[PENDING_LOOKUP_KEY]).toMatchObject({ text: 'tierras raras' }),
    );
    expect(api.tabs.create).not.toHaveBeenCalled();
  });

  test('where the popup cannot open, the panel opens in a tab on the same lookup and page', async () => {
    const { api } = fakeApi({ popupOpens: false });
    await openLookup(api, 'T‑MEC & co', 42);
    expect(api.tabs.create).toHaveBeenCalledWith({
      url: `chrome-extension://id/popup.html?tab=42#lookup=${encodeURIComponent('T‑MEC & co')}`,
    });
  });

  test('other menu items and empty selections are ignored', () => {
    const { api, listeners } = fakeApi();
    registerLookupMenu(api, 'x');
    listeners.clicked!({ menuItemId: 'other', selectionText: 'lithium' }, { id: 1 });
    listeners.clicked!({ menuItemId: LOOKUP_MENU_ID }, { id: 1 });
    expect(api.action.openPopup).not.toHaveBeenCalled();
  });
});

describe('the pending lookup', () => {
  test('is taken once', async () => {
    const area = memoryArea();
    await savePendingLookup(area, 'litio', 1000);
    expect(await takePendingLookup(area, 2000)).toBe('litio');
    expect(await takePendingLookup(area, 2000)).toBeNull();
  });

  test('expires, and a stored value of the wrong shape is dropped', async () => {
    const area = memoryArea();
    await savePendingLookup(area, 'litio', 0);
    expect(await takePendingLookup(area, PENDING_LOOKUP_TTL_MS + 1)).toBeNull();
    for (const bad of [null, 'litio', { text: 5, at: 0 }, { text: '  ', at: 0 }, { text: 'x', at: 'now' }]) {
      area.items[PENDING_LOOKUP_KEY] = bad;
      expect(await takePendingLookup(area, 0)).toBeNull();
      expect(area.items).not.toHaveProperty(PENDING_LOOKUP_KEY);
    }
  });

  test('a lookup written just after the panel started still arrives, once', async () => {
    const area = memoryArea();
    const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
    const changes = {
      addListener: (l: never) => listeners.add(l),
      removeListener: (l: never) => listeners.delete(l),
    };
    const received: string[] = [];
    receivePendingLookup(area, changes, (text) => received.push(text), 1000);
    await savePendingLookup(area, 'cobalto');
    listeners.forEach((l) => l({ [PENDING_LOOKUP_KEY]: {} }, 'session'));
    await vi.waitFor(() => expect(received).toEqual(['cobalto']));
    expect(listeners.size).toBe(0);
  });

  test('is removed when its minute is up even if no panel ever opens: by an alarm, and on every wake', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(1_000_000);
      const { api, session, listeners } = fakeApi({ popupOpens: false });
      registerLookupMenu(api, 'x');
      listeners.clicked!({ menuItemId: LOOKUP_MENU_ID, selectionText: 'litio' }, { id: 7 });
      await vi.waitFor(() =>
        expect(api.alarms.create).toHaveBeenCalledWith(LOOKUP_EXPIRY_ALARM, {
          when: 1_000_000 + PENDING_LOOKUP_TTL_MS + 1000,
        }),
      );
      await vi.waitFor(() => expect(session.items).toHaveProperty(PENDING_LOOKUP_KEY));
      // Before its minute is up, the alarm (or a wake) leaves it.
      listeners.alarm!({ name: LOOKUP_EXPIRY_ALARM });
      await forgetStaleLookup(session);
      expect(session.items).toHaveProperty(PENDING_LOOKUP_KEY);
      vi.setSystemTime(1_000_000 + PENDING_LOOKUP_TTL_MS + 1000);
      listeners.alarm!({ name: LOOKUP_EXPIRY_ALARM });
      await vi.waitFor(() => expect(session.items).not.toHaveProperty(PENDING_LOOKUP_KEY));

      // A service worker that woke after a missed alarm clears it as it registers.
      const woken = fakeApi();
      await savePendingLookup(woken.session, 'cobre', 0);
      registerLookupMenu(woken.api, 'x');
      await vi.waitFor(() => expect(woken.session.items).not.toHaveProperty(PENDING_LOOKUP_KEY));
    } finally {
      vi.useRealTimers();
    }
  });
});
