import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every page reads the settings at start-up, and most find none stored: building the settings' and
// the messages' zod schemas there cost each page and frame several milliseconds for nothing
// (issue 15). Counted here: the zod builders our modules call, not time.
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('zod/mini', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zod/mini')>();
  const z = new Proxy(actual.z, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.count++;
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { ...actual, z };
});

const { parseSettings } = await import('@/lib/settings/parse');
const { createSettingsReader } = await import('@/lib/settings/storage');
const { parseMessage } = await import('@/lib/messaging/messages');
const { defaultSettings } = await import('@/lib/settings/schema');

describe('what a page pays for the settings and messages before it needs them', () => {
  test('loading the modules and reading a fresh install builds no zod schema', async () => {
    fakeBrowser.reset();
    const reader = createSettingsReader(fakeBrowser.storage);
    const { settings, problems } = await reader.load();
    expect(problems).toEqual([]);
    expect(settings.enabled).toBe(true);
    expect(calls.count).toBe(0);
  });

  test("a reader's saved settings, all valid, are read without building a zod schema", async () => {
    // The panel saves the whole object, so every reader who changed one setting has every field
    // stored: checked by the schema, each page and frame paid ~20 ms building it (issue 15).
    const saved = {
      ...defaultSettings(),
      style: 'background',
      dwellMs: 400.4,
      cardTextSize: 115,
      threshold: 0.7,
      sites: ['example.com'],
      categories: { law: { enabled: false, colour: 'violet' }, 'battery-metal': {} },
    };
    await fakeBrowser.storage.sync.set({ settings: saved });
    const { settings, problems } = await createSettingsReader(fakeBrowser.storage).load();
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...saved, dwellMs: 400 });
    expect(calls.count).toBe(0);
  });

  test('a stored value is still checked by the schema, and a bad one falls back to its default', () => {
    const { settings, problems } = parseSettings({ version: 6, dwellMs: 99_999, enabled: false });
    expect(settings.enabled).toBe(false);
    expect(settings.dwellMs).toBe(150);
    expect(problems).toEqual([{ code: 'invalid-value', field: 'dwellMs' }]);
    expect(calls.count).toBeGreaterThan(0);
  });

  test('the messages every frame gets at start-up are read without building a zod schema', () => {
    // The top frame's hello makes the background ask every frame to resend (frame/resend), and each
    // sub-frame's list comes to the top frame (frame/mentions): ~5 ms a frame with the schema.
    const before = calls.count;
    expect(parseMessage({ type: 'frame/resend' })).toEqual({ type: 'frame/resend' });
    const list = { url: 'https://example.com/ad', mentions: [], claim: 'c1', frameId: 3 };
    expect(parseMessage({ type: 'frame/mentions', ...list })).toEqual({ type: 'frame/mentions', ...list });
    expect(calls.count).toBe(before);
    // Anything else still goes to the schema.
    expect(parseMessage({ type: 'frame/resend', extra: 1 })).toBeNull();
    expect(parseMessage({ type: 'frame/mentions', ...list, frameId: 1.5 })).toBeNull();
  });

  test('a message is checked against its request schema when it comes', () => {
    expect(parseMessage({ type: 'card/open', index: 2 })).toEqual({ type: 'card/open', index: 2 });
    expect(parseMessage({ type: 'card/open', index: 'two' })).toBeNull();
  });
});
