import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createHiddenOccurrences } from '@/lib/card/card-hidden';
import type { PageMention } from '@/lib/messaging';
import type { PageEngine } from '@/lib/page/engine';
import type { HiddenOccurrence } from '@/lib/settings/hidden-occurrences';

// Every pass on a page comes through the remembered "not the mineral here" list. On a page of
// 10,000 mentions with one occurrence hidden, appending three paragraphs made 378-569 ms tasks:
// each mention's ordinal filtered the whole list. Work is counted here as reads of the mentions'
// fields (what filtering and indexing cost), never timed.

const TERMS = ['lead', 'tin', 'lithium', 'cobalt'];

function page(count: number) {
  let reads = 0;
  const make = (index: number): PageMention => {
    const termId = TERMS[index % TERMS.length]!;
    const fields = {
      index,
      frameId: 0,
      kind: 'mineral',
      category: 'base-metal',
      text: termId,
      confidence: 0.9,
      why: { verdict: 'name' },
    };
    return Object.defineProperties(fields, {
      termId: { enumerable: true, get: () => (reads++, termId) },
      context: { enumerable: true, get: () => (reads++, `paragraph ${index >> 2}: … ${termId} …`) },
    }) as unknown as PageMention;
  };
  const list = Array.from({ length: count }, (_, i) => make(i));
  const hidden = new Set<number>();
  let onChange = () => {};
  const engine = {
    mentions: vi.fn(() => list.filter((m) => !hidden.has(m.index))),
    // As the real engine does: hiding reports a change, synchronously.
    hide: vi.fn((indices: readonly number[] | number) => {
      for (const i of typeof indices === 'number' ? [indices] : indices) hidden.add(i);
      onChange();
      return true;
    }),
  };
  return {
    list,
    hidden,
    engine,
    append: (n: number) => list.push(...Array.from({ length: n }, (_, i) => make(list.length + i))),
    reads: () => reads,
    resetReads: () => (reads = 0),
    onChange: (callback: () => void) => (onChange = callback),
  };
}

beforeEach(() => vi.stubGlobal('location', { href: 'https://news.example/story' }));
afterEach(() => vi.unstubAllGlobals());

describe('remembered hidden occurrences on a long page', () => {
  test('a pass costs a few reads per mention, and hiding does not call back into the pass', async () => {
    const p = page(10_000);
    const target = p.list[5001]!; // "tin", the 1,251st of its term
    const item: HiddenOccurrence = { termId: 'tin', ordinal: 1250, context: target.context };
    const load = vi.fn(async () => [item]);
    const writes = { hide: vi.fn(async () => [item]), unhideAll: vi.fn(async () => undefined) };
    const hidden = createHiddenOccurrences(p.engine as unknown as PageEngine, load, writes);
    const changes = vi.fn(() => hidden.mentionsChanged());
    p.onChange(changes);

    hidden.mentionsChanged(); // the first pass: loads this page's list, then applies it
    await vi.waitFor(() => expect(p.engine.hide).toHaveBeenCalled());
    expect([...p.hidden]).toEqual([5001]);
    expect(p.engine.mentions).toHaveBeenCalledTimes(1);
    expect(changes).toHaveBeenCalledTimes(1); // one change reported for the hiding

    // Three paragraphs appended: the page is rescanned, the hidden mention comes back fresh.
    p.append(12);
    p.hidden.clear();
    p.resetReads();
    hidden.mentionsChanged();
    expect([...p.hidden]).toEqual([5001]);
    expect(p.engine.mentions).toHaveBeenCalledTimes(2);
    expect(p.reads()).toBeLessThanOrEqual(8 * p.list.length);
  });

  test('hiding one mention remembers its ordinal among its term, counted in one pass', async () => {
    const p = page(10_000);
    const load = vi.fn(async () => []);
    const writes = { hide: vi.fn(async () => []), unhideAll: vi.fn(async () => undefined) };
    const hidden = createHiddenOccurrences(p.engine as unknown as PageEngine, load, writes);
    p.resetReads();
    await hidden.hide(p.list[9_998]!); // "lithium", the 2,500th of its term
    // The background takes the page from the sender's own address: only the occurrence is sent.
    expect(writes.hide).toHaveBeenCalledWith({
      termId: 'lithium',
      ordinal: 2499,
      context: p.list[9_998]!.context,
    });
    expect(p.reads()).toBeLessThanOrEqual(8 * p.list.length);
  });
});

describe('showing hidden occurrences again', () => {
  test('when the panel or Reset forgets them, the page is scanned afresh; its own hiding is not', async () => {
    const p = page(40);
    const target = p.list[5]!;
    const item: HiddenOccurrence = { termId: 'tin', ordinal: 1, context: target.context };
    const engine = { ...p.engine, rescan: vi.fn() };
    let changed: (items: HiddenOccurrence[]) => void = () => {};
    const watch = vi.fn((_url: () => string, callback: (items: HiddenOccurrence[]) => void) => {
      changed = callback;
      return () => undefined;
    });
    const writes = { hide: vi.fn(async () => [item]), unhideAll: vi.fn(async () => undefined) };
    const hidden = createHiddenOccurrences(
      engine as unknown as PageEngine,
      async () => [item],
      writes,
      watch,
    );
    hidden.mentionsChanged();
    await vi.waitFor(() => expect([...p.hidden]).toEqual([5]));

    changed([item, { termId: 'lead', ordinal: 0, context: p.list[0]!.context }]); // one more hidden
    expect(engine.rescan).not.toHaveBeenCalled();
    changed([]); // the panel's "Show hidden occurrences on this page", or Reset
    expect(engine.rescan).toHaveBeenCalledTimes(1);
    // After the fresh pass nothing is hidden again.
    p.hidden.clear();
    hidden.mentionsChanged();
    expect([...p.hidden]).toEqual([]);
  });
});
