import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageGate } from '@/lib/page/message-gate';

// The content script's bulk is not loaded into a frame whose text names no term, yet the panel
// still asks the top frame for its list and metadata: the message must load it and get its answer,
// once, and a sub-frame without the bulk must leave the message to others.

afterEach(() => fakeBrowser.reset());

const LIST = { type: 'mentions/list' };
const SENDER = { id: fakeBrowser.runtime.id };

test('in the top frame, a message before the bulk loads it and gets the answer of its handlers', async () => {
  const stop = new AbortController();
  const handler = vi.fn(() => Promise.resolve({ mentions: [] }));
  const load = vi.fn(async () => void events.addListener(handler));
  const events = createMessageGate(true, load, stop.signal);
  expect(await fakeBrowser.runtime.onMessage.trigger(LIST, SENDER, () => undefined)).toEqual([
    { mentions: [] },
  ]);
  expect(load).toHaveBeenCalledTimes(1);
  // Loaded: the handlers answer directly.
  expect(await fakeBrowser.runtime.onMessage.trigger(LIST, SENDER, () => undefined)).toEqual([
    { mentions: [] },
  ]);
  expect(load).toHaveBeenCalledTimes(1);
  expect(handler).toHaveBeenCalledTimes(2);
  stop.abort();
  expect(await fakeBrowser.runtime.onMessage.trigger(LIST, SENDER, () => undefined)).toEqual([]);
});

test('in a sub-frame, nothing listens until the bulk adds its handlers, which then answer', async () => {
  // A sub-frame has nothing to answer before its bulk loads (it has no mentions yet): a text-less
  // ad frame, which never loads it, never pays for a runtime listener.
  const stop = new AbortController();
  const load = vi.fn(() => Promise.resolve());
  const events = createMessageGate(false, load, stop.signal);
  expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  expect(await fakeBrowser.runtime.onMessage.trigger(LIST, SENDER, () => undefined)).toEqual([]);
  expect(load).not.toHaveBeenCalled();
  const handler = vi.fn(() => Promise.resolve({ mentions: [] }));
  events.addListener(handler);
  expect(await fakeBrowser.runtime.onMessage.trigger(LIST, SENDER, () => undefined)).toEqual([
    { mentions: [] },
  ]);
  expect(load).not.toHaveBeenCalled();
  stop.abort();
  expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
});

test('in the top frame, the listener is there before anything loads', () => {
  createMessageGate(true, () => Promise.resolve(), new AbortController().signal);
  expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
});

test("the background's notice of new settings reaches a waiting probe, in any frame, and never loads the bulk", async () => {
  const NOTICE = { type: 'probe/settings-changed' };
  for (const isTop of [true, false]) {
    const stop = new AbortController();
    const load = vi.fn(() => Promise.resolve());
    const gate = createMessageGate(isTop, load, stop.signal);
    const waiting = new AbortController();
    const changed = vi.fn();
    gate.watchSettings(changed, waiting.signal);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    await fakeBrowser.runtime.onMessage.trigger(NOTICE, SENDER, () => undefined);
    expect(changed).toHaveBeenCalledTimes(1);
    // The probe stopped waiting (its engine loaded): the notice goes nowhere.
    waiting.abort();
    await fakeBrowser.runtime.onMessage.trigger(NOTICE, SENDER, () => undefined);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
    stop.abort();
    fakeBrowser.reset();
  }
});
