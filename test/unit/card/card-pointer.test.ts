import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCardController } from '@/lib/card/card-controller';
import { createEntryClient } from '@/lib/card/card-entries';
import { watchCardPointer } from '@/lib/card/card-pointer';
import type { CardPositioner } from '@/lib/card/card-position';
import { createCardStore } from '@/lib/card/card-store';
import type { PageMention } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import { watchDwell } from '@/lib/page/pointer-dwell';
import { detailsOf } from './details';

// The hover's head start: what loads when the pointer reaches a term, before the card opens.

const lithium: PageMention = {
  index: 1,
  frameId: 0,
  frameUrl: 'https://news.example.com/a',
  termId: 'lithium',
  kind: 'mineral',
  category: 'battery-mineral',
  text: 'lithium',
  context: '… lithium …',
  confidence: 0.9,
  why: { verdict: 'name' },
};

/** A document that only delivers what the test dispatches, trusted or forged. */
function fakeDocument() {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  return {
    addEventListener(type: string, listener: (event: unknown) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    dispatch(type: string, event: object) {
      for (const listener of listeners.get(type) ?? []) listener(event);
    },
  };
}

function setUp() {
  const doc = fakeDocument();
  const signal = new AbortController().signal;
  // lithium sits at x < 100.
  const hitTest = (x: number) => (x < 100 ? lithium : null);
  const engine = {
    mentions: () => [lithium],
    onDwell(handlers: Parameters<PageEngine['onDwell']>[0], { dwellMs }: { dwellMs: number }) {
      watchDwell(doc as unknown as Document, hitTest, handlers, { dwellMs, signal });
      return () => {};
    },
  } as unknown as PageEngine;
  const send = vi.fn(async (message: { id: string }) => detailsOf(message.id));
  const entries = createEntryClient(send as never);
  const positioner = { follow: vi.fn(), stop: vi.fn(), contains: () => true } as unknown as CardPositioner;
  const store = createCardStore();
  const controller = createCardController({ engine, store, entries, positioner, mount: vi.fn() });
  const prepare = vi.fn();
  // The default settings: hover, a 150 ms dwell.
  watchCardPointer({
    doc: doc as unknown as Document,
    engine,
    store,
    controller,
    positioner,
    entries,
    host: () => undefined,
    prepare,
    signal,
  });
  const move = (x: number, isTrusted = true) =>
    doc.dispatch('pointermove', { isTrusted, pointerType: 'mouse', clientX: x, clientY: 10 });
  return { move, send, prepare, store };
}

describe('card pointer: loading ahead of the dwell', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test('the pointer reaching a term loads its details and the card’s UI, and the card still waits for the dwell', async () => {
    const { move, send, prepare, store } = setUp();
    move(50);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledWith({ type: 'entry/get', id: 'lithium' });
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().open).toBe(false);
    await vi.advanceTimersByTimeAsync(150);
    // The dwell ended: the card opens complete, with no second request.
    expect(store.getSnapshot()).toMatchObject({ open: true, details: { status: 'ready' } });
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('moves the page forges load nothing', async () => {
    const { move, send, prepare, store } = setUp();
    move(50, false);
    await vi.advanceTimersByTimeAsync(400);
    expect(send).not.toHaveBeenCalled();
    expect(prepare).not.toHaveBeenCalled();
    expect(store.getSnapshot().open).toBe(false);
  });

  test('a pointer that passes over a term and leaves shows nothing', async () => {
    const { move, send, store } = setUp();
    move(50);
    await vi.advanceTimersByTimeAsync(1);
    move(500);
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().open).toBe(false);
  });
});
