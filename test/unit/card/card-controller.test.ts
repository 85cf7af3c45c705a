import { describe, expect, test, vi } from 'vitest';
import { createCardStore } from '@/lib/card/card-store';
import type { PageMention } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import { createCardController } from '@/lib/card/card-controller';
import { createEntryClient } from '@/lib/card/card-entries';
import type { CardPositioner } from '@/lib/card/card-position';
import { detailsOf } from './details';

const mention = (index: number, termId: string): PageMention => ({
  index,
  frameId: 0,
  frameUrl: 'https://news.example.com/a',
  termId,
  kind: 'mineral',
  category: 'technology-metal',
  text: termId,
  context: `… ${termId} …`,
  confidence: 0.9,
  why: { verdict: 'name' },
});

function setUp() {
  const list = [mention(1, 'gallium'), mention(2, 'cobalt'), mention(3, 'gallium'), mention(5, 'gallium')];
  const engine = { mentions: () => list, reveal: vi.fn(() => ({ ok: true })) } as unknown as PageEngine;
  const send = vi.fn(async (message: { id: string }) => detailsOf(message.id));
  const entries = createEntryClient(send as never);
  const positioner = { follow: vi.fn(), stop: vi.fn() } as unknown as CardPositioner;
  const mount = vi.fn();
  const store = createCardStore();
  const controller = createCardController({ engine, store, entries, positioner, mount });
  return { list, engine, send, store, controller, positioner, mount, state: () => store.getSnapshot() };
}

describe('card controller', () => {
  test('opens on a mention: loading, then its details; the entry’s mentions with the current one', async () => {
    const { controller, state, mount, send, list } = setUp();
    controller.open(list[2]!, { pinned: false });
    expect(mount).toHaveBeenCalled();
    expect(state()).toMatchObject({ open: true, pinned: false, details: { status: 'loading' }, current: 1 });
    expect(state().mentions.map((m) => m.index)).toEqual([1, 3, 5]);
    await vi.waitFor(() => expect(state().details.status).toBe('ready'));
    // A second card for the same entry is served from the page's cache, at once.
    controller.close();
    controller.open(list[0]!, { pinned: true });
    expect(state().details.status).toBe('ready');
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a staged card follows the page’s mentions, and goes when its own mention goes', () => {
    const { controller, state, list } = setUp();
    controller.stage(list[2]!);
    expect(state()).toMatchObject({ open: false, staged: true, current: 1 });
    // A pass found another gallium: the staged card counts it and stays built.
    list.push(mention(7, 'gallium'));
    controller.mentionsChanged();
    expect(state()).toMatchObject({ staged: true, current: 1 });
    expect(state().mentions.map((m) => m.index)).toEqual([1, 3, 5, 7]);
    // Its own mention was hidden: nothing is left to open it on.
    list.splice(2, 1);
    controller.mentionsChanged();
    expect(state()).toMatchObject({ open: false, staged: false, mention: null });
  });

  test('hovering the open mention again changes nothing; clicking it pins it', () => {
    const { controller, state, list } = setUp();
    controller.open(list[0]!, { pinned: false });
    const before = state();
    controller.open(list[0]!, { pinned: false });
    expect(state()).toBe(before);
    controller.open(list[0]!, { pinned: true });
    expect(state().pinned).toBe(true);
  });

  test('links push onto the trail and back pops; mentions follow the entry on screen', async () => {
    const { controller, state, list } = setUp();
    controller.open(list[0]!, { pinned: true });
    await vi.waitFor(() => expect(state().details.status).toBe('ready'));
    controller.openEntry('china-export-control-gallium-germanium-2023');
    expect(state().trail.map((t) => t.name)).toEqual([
      'gallium',
      'China export controls on gallium and germanium (2023)',
    ]);
    expect(state()).toMatchObject({ mentions: [], current: null });
    controller.back();
    expect(state().trail).toHaveLength(1);
    expect(state()).toMatchObject({ current: 0 });
    controller.back();
    expect(state().trail).toHaveLength(1);
  });

  test('previous/next wrap around the entry’s mentions, reveal each and re-anchor the card', () => {
    const { controller, state, engine, positioner, list } = setUp();
    controller.open(list[3]!, { pinned: true });
    controller.step('next');
    expect(engine.reveal).toHaveBeenLastCalledWith(1);
    expect(positioner.follow).toHaveBeenLastCalledWith(1);
    expect(state()).toMatchObject({ current: 0, mention: { index: 1 } });
    controller.step('previous');
    expect(state()).toMatchObject({ current: 2, mention: { index: 5 } });
  });

  test('closing keeps the live region’s last words and stops following', () => {
    const { controller, state, positioner, store, list } = setUp();
    controller.open(list[0]!, { pinned: true });
    store.set({ announcement: 'gallium, mineral, 1 of 4' });
    controller.close();
    expect(state()).toMatchObject({
      open: false,
      pinned: false,
      mention: null,
      announcement: 'gallium, mineral, 1 of 4',
    });
    expect(positioner.stop).toHaveBeenCalled();
  });
});

describe('entry client', () => {
  test('asks once per entry; a failed request is asked again', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('worker asleep'))
      .mockImplementation(async (m: { id: string }) => detailsOf(m.id));
    const client = createEntryClient(send);
    await expect(client.get('cobalt')).rejects.toThrow('worker asleep');
    expect(client.peek('cobalt')).toBeUndefined();
    expect((await client.get('cobalt'))?.entry.id).toBe('cobalt');
    await client.get('cobalt');
    expect(send).toHaveBeenCalledTimes(2);
    expect(client.peek('cobalt')?.entry.id).toBe('cobalt');
  });
});
