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
  const prepare = vi.fn(async () => {});
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

  test('a pointer sweeping across a term builds no card', async () => {
    const { move, store } = setUp();
    let built = 0;
    store.subscribe(() => void (built += store.getSnapshot().staged ? 1 : 0));
    for (let x = 40; x < 300; x += 20) {
      move(x);
      await vi.advanceTimersByTimeAsync(16); // A move a frame, as a hand sweeping does.
    }
    await vi.advanceTimersByTimeAsync(400);
    expect(built).toBe(0);
    expect(store.getSnapshot()).toMatchObject({ open: false, staged: false });
  });

  test('once the pointer rested a third of the dwell on a term its card is built, hidden; the dwell’s end shows that card', async () => {
    const { move, store } = setUp();
    move(50);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.getSnapshot().staged).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(store.getSnapshot()).toMatchObject({
      open: false,
      staged: true,
      mention: { index: 1 },
      details: { status: 'ready' },
    });
    const staged = store.getSnapshot().details;
    await vi.advanceTimersByTimeAsync(100);
    // The same details object: the card shows what it built, with nothing to render again.
    expect(store.getSnapshot()).toMatchObject({ open: true, staged: false, pinned: false });
    expect(store.getSnapshot().details).toBe(staged);
  });

  test('a pointer that leaves before the dwell ends drops the staged card', async () => {
    const { move, store } = setUp();
    move(50);
    await vi.advanceTimersByTimeAsync(60);
    expect(store.getSnapshot().staged).toBe(true);
    move(500);
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getSnapshot()).toMatchObject({ open: false, staged: false, mention: null });
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
