import { describe, expect, test, vi } from 'vitest';
import { handleMessages, type MessageEvents } from '@/lib/messaging/handle-messages';

// One listener per context: what it hands a handler was checked against the catalogue, and a
// handler that returns nothing leaves the answer to another frame or listener.

function fakeEvents() {
  const listeners = new Set<Parameters<MessageEvents['addListener']>[0]>();
  const events: MessageEvents = {
    addListener: (listener) => void listeners.add(listener),
    removeListener: (listener) => void listeners.delete(listener),
  };
  const deliver = (message: unknown, sender = {}) =>
    [...listeners].map((listener) => listener(message, sender));
  return { events, deliver, listeners };
}

describe('handleMessages', () => {
  test('answers a valid message with its handler’s reply, and leaves the rest unanswered', async () => {
    const { events, deliver } = fakeEvents();
    const reveal = vi.fn(({ index }: { index: number }) => (index === 2 ? { ok: true as const } : undefined));
    handleMessages({ 'mentions/reveal': reveal }, undefined, events);
    await expect(deliver({ type: 'mentions/reveal', index: 2 })[0]).resolves.toEqual({ ok: true });
    // Another frame's mention: no answer, so the owner's is the one the sender gets.
    expect(deliver({ type: 'mentions/reveal', index: 9 })).toEqual([undefined]);
    // Not a valid message, or one this context does not answer: the handler never runs.
    expect(deliver({ type: 'mentions/reveal', index: '2' })).toEqual([undefined]);
    expect(deliver({ type: 'mentions/list' })).toEqual([undefined]);
    expect(reveal).toHaveBeenCalledTimes(2);
  });

  test('passes the sender, and stops listening when its signal aborts', () => {
    const { events, deliver, listeners } = fakeEvents();
    const hello = vi.fn();
    const life = new AbortController();
    handleMessages({ 'frame/hello': hello }, life.signal, events);
    deliver({ type: 'frame/hello' }, { frameId: 0, tab: { id: 4 } });
    expect(hello).toHaveBeenCalledWith({ type: 'frame/hello' }, { frameId: 0, tab: { id: 4 } });
    life.abort();
    expect(listeners.size).toBe(0);
  });
});
