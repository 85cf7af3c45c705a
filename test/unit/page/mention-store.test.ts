// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createMentionStore, MAX_AMBIGUOUS_PAINTED, type PaintRules } from '@/lib/page/mention-store';
import type { NearWatch } from '@/lib/page/near-watch';
import type { Painter } from '@/lib/page/paint';
import { collectBlocks, type TextBlock } from '@/lib/page/text-blocks';
import { createTextIntervals } from '@/lib/page/text-intervals';
import type { Mention } from '@/lib/recognize';
import { stubStaticRange } from './static-range-stub';

beforeAll(stubStaticRange);

/** A painter that records what is painted under which name, as "name:text". */
function fakePainter() {
  const painted = new Map<AbstractRange, string>();
  const painter: Painter = {
    add: (name, range) => void painted.set(range, name),
    delete: (_, range) => void painted.delete(range),
    reset: () => painted.clear(),
    clear: () => painted.clear(),
    flash: () => undefined,
    count: () => painted.size,
    owns: () => true,
  };
  const read = () =>
    [...painted].map(
      ([r, name]) => `${name}:${(r.startContainer as Text).data.slice(r.startOffset, r.endOffset)}`,
    );
  return { painter, read };
}

const mentionsIn = (
  block: TextBlock,
  words: Record<string, { termId: string; confidence?: number }>,
): Mention[] =>
  Object.entries(words).flatMap(([word, { termId, confidence = 0.9 }]) =>
    [...block.text.matchAll(new RegExp(word, 'g'))].map((m) => ({
      termId,
      kind: 'mineral' as const,
      category: termId === 'usmca' ? 'agreement' : 'battery-metal',
      start: m.index,
      end: m.index + word.length,
      text: word,
      confidence,
      why: { verdict: 'name' },
      basis: { local: 2, pageSensitive: false, reasons: [] },
    })),
  );

const WORDS = {
  lithium: { termId: 'lithium' },
  cobalt: { termId: 'cobalt', confidence: 0.4 },
  USMCA: { termId: 'usmca' },
};

describe('mention store', () => {
  let rules: PaintRules;
  let fake: ReturnType<typeof fakePainter>;
  let store: ReturnType<typeof createMentionStore>;
  let blocks: TextBlock[];
  let watched: Set<Element>;

  /** What the IntersectionObserver would report: every watched element is (or is not) near. */
  const allNear = (isNear = true) => watched.forEach((el) => store.setNear(el, isNear));

  beforeEach(() => {
    document.body.innerHTML = '<p>lithium and cobalt</p><p>USMCA and lithium</p><p>lithium again</p>';
    blocks = [...collectBlocks(document.body)];
    rules = { accepts: (m) => m.confidence >= 0.5, nameOf: (m) => m.category, firstOnly: false };
    fake = fakePainter();
    watched = new Set();
    const near: NearWatch = {
      observe: (el) => void watched.add(el),
      unobserve: (el) => void watched.delete(el),
      reset: () => watched.clear(),
      settled: () => Promise.resolve(),
    };
    store = createMentionStore({
      painter: fake.painter,
      intervals: createTextIntervals(),
      near,
      rules: () => rules,
    });
    blocks.forEach((block, rank) => store.add(block, mentionsIn(block, WORDS), 1, rank));
    allNear();
  });

  test('registers ranges only for blocks near the viewport', () => {
    expect(watched.size).toBe(3);
    allNear(false);
    expect(fake.read()).toEqual([]);
    store.setNear(blocks[1]!.container as Element, true);
    expect(fake.read().sort()).toEqual(['agreement:USMCA', 'battery-metal:lithium']);
    // A block added for an element already known to be near is registered at once.
    store.drop(store.blockOfNode(blocks[1]!.nodes[0]!)!);
    expect(fake.read()).toEqual([]);
    store.add(blocks[1]!, mentionsIn(blocks[1]!, WORDS), 1, 1);
    expect(fake.read()).toHaveLength(2);
  });

  test('paints accepted candidates and keeps the rest for later', () => {
    expect(fake.read().sort()).toEqual([
      'agreement:USMCA',
      'battery-metal:lithium',
      'battery-metal:lithium',
      'battery-metal:lithium',
    ]);
    expect(store.size).toBe(5);
    expect(store.accepted().map((f) => f.mention.text)).toEqual(['lithium', 'USMCA', 'lithium', 'lithium']);
  });

  test('repaints from kept candidates: threshold, category off, first mention only', () => {
    rules = { ...rules, accepts: (m) => m.confidence >= 0.3 };
    store.repaint();
    expect(fake.read()).toContain('battery-metal:cobalt');
    rules = { ...rules, accepts: (m) => m.category !== 'agreement' && m.confidence >= 0.5 };
    store.repaint();
    expect(fake.read()).not.toContain('agreement:USMCA');
    rules = { accepts: () => true, nameOf: (m) => m.category, firstOnly: true };
    store.repaint();
    expect(fake.read().sort()).toEqual(['agreement:USMCA', 'battery-metal:cobalt', 'battery-metal:lithium']);
    const [first] = store.accepted();
    expect(first!.painted).toBe('battery-metal');
  });

  test('first mention only moves to the next mention when the first one leaves', () => {
    rules = { ...rules, firstOnly: true };
    store.repaint();
    const painted = () => store.accepted().filter((f) => f.painted && f.mention.termId === 'lithium');
    expect(painted().map((f) => f.stored.block.text)).toEqual(['lithium and cobalt']);
    store.drop(store.blockOfNode(blocks[0]!.nodes[0]!)!);
    expect(painted().map((f) => f.stored.block.text)).toEqual(['USMCA and lithium']);
  });

  test('first mention only, switched off and on while blocks come and go, still finds the next one', () => {
    const paintedLithium = () =>
      store
        .accepted()
        .filter((f) => f.painted && f.mention.termId === 'lithium')
        .map((f) => f.stored.block.text);
    const mode = (firstOnly: boolean) => {
      rules = { ...rules, firstOnly };
      store.repaint();
    };
    mode(true);
    store.hide(store.accepted()[0]!.id); // The first lithium: the next one takes its place.
    expect(paintedLithium()).toEqual(['USMCA and lithium']);
    mode(false);
    // Meanwhile the page drops its second paragraph and adds one.
    store.drop(store.blockOfNode(blocks[1]!.nodes[0]!)!);
    const p = document.createElement('p');
    p.textContent = 'more lithium';
    document.body.append(p);
    const [added] = [...collectBlocks(p)];
    store.add(added!, mentionsIn(added!, WORDS), 1, 3);
    allNear();
    mode(true);
    expect(paintedLithium()).toEqual(['lithium again']);
    store.drop(store.blockOfNode(blocks[2]!.nodes[0]!)!);
    expect(paintedLithium()).toEqual(['more lithium']);
  });

  test('a hidden mention is neither painted nor listed, through repaints; its block rescanned shows it again', () => {
    const [first] = store.accepted();
    expect(store.hide(first!.id)).toBe(true);
    expect(store.hide(first!.id)).toBe(false);
    expect(store.hide(9999)).toBe(false);
    expect(store.accepted()).not.toContain(first);
    expect(fake.read().filter((r) => r === 'battery-metal:lithium')).toHaveLength(2);
    store.repaint();
    expect(first!.painted).toBeNull();
    // First-mention mode: the next lithium takes the hidden one's place.
    rules = { ...rules, firstOnly: true };
    store.repaint();
    const paintedLithium = store.accepted().filter((f) => f.painted && f.mention.termId === 'lithium');
    expect(paintedLithium.map((f) => f.stored.block.text)).toEqual(['USMCA and lithium']);
    store.drop(store.blockOfNode(blocks[0]!.nodes[0]!)!);
    store.add(blocks[0]!, mentionsIn(blocks[0]!, WORDS), 1, 0);
    expect(store.accepted().map((f) => f.stored.block.text)[0]).toBe('lithium and cobalt');
  });

  test('tells whether any mention would be listed, as the list does, without making the list', () => {
    const listed = (shown?: (f: ReturnType<typeof store.accepted>[number]) => boolean) =>
      store.accepted().filter((f) => !shown || shown(f)).length > 0;
    const agree = (shown?: Parameters<typeof store.anyAccepted>[0]) =>
      expect(store.anyAccepted(shown)).toBe(listed(shown));
    agree();
    expect(store.anyAccepted()).toBe(true);
    // Only text the caller says is shown counts (the engine's visibility test).
    agree(() => false);
    expect(store.anyAccepted(() => false)).toBe(false);
    agree((f) => f.stored.block.text === 'lithium again');
    // Below the threshold, or hidden by the reader: not listed, so not counted.
    rules = { ...rules, accepts: (m) => m.confidence >= 0.95 };
    agree();
    expect(store.anyAccepted()).toBe(false);
    rules = { ...rules, accepts: (m) => m.confidence >= 0.5 };
    for (const found of store.accepted()) store.hide(found.id);
    agree();
    expect(store.anyAccepted()).toBe(false);
    store.clear();
    expect(store.anyAccepted()).toBe(false);
  });

  test('a block that shares a node with a stored one replaces it; identical blocks are reused', () => {
    const again = [...collectBlocks(document.body)];
    expect(store.reuse(again[1]!, 2, 1)).toBe(store.blockOfNode(again[1]!.nodes[0]!));
    (blocks[0]!.nodes[0] as Text).data = 'lithium, lithium and cobalt';
    const changed = [...collectBlocks(document.body)][0]!;
    expect(store.reuse(changed, 2, 0)).toBeUndefined();
    store.add(changed, mentionsIn(changed, WORDS), 2, 0);
    expect(store.size).toBe(6);
    expect(fake.read().filter((r) => r.endsWith(':lithium'))).toHaveLength(4);
    store.sweep(2);
    expect(store.accepted().map((f) => f.stored.block.text)).toEqual([
      'lithium, lithium and cobalt',
      'lithium, lithium and cobalt',
      'USMCA and lithium',
      'USMCA and lithium',
    ]);
  });

  test('indexes ranges for hit-testing when a hit test first asks, and only those still stored', () => {
    const intervals = createTextIntervals();
    let added = 0;
    const counted = {
      ...intervals,
      add: (...args: Parameters<typeof intervals.add>) => (added++, intervals.add(...args)),
    };
    const near: NearWatch = {
      observe: () => {},
      unobserve: () => {},
      reset: () => {},
      settled: async () => {},
    };
    const own = fakePainter();
    const lazy = createMentionStore({ painter: own.painter, intervals: counted, near, rules: () => rules });
    for (const block of blocks) lazy.setNear(block.container as Element, true);
    blocks.forEach((block, rank) => lazy.add(block, mentionsIn(block, WORDS), 1, rank));
    // Painted (so its range is made), but nobody has pointed at anything yet.
    expect(own.read()).toHaveLength(4);
    expect(added).toBe(0);
    lazy.drop(lazy.blockOfNode(blocks[2]!.nodes[0]!)!);
    const index = lazy.hitIntervals();
    expect(added).toBe(3);
    const usmca = lazy.blockOfNode(blocks[1]!.nodes[0]!)!.founds.find((f) => f.mention.termId === 'usmca');
    expect(index.startingAt(blocks[1]!.nodes[0]!, 0)).toBe(usmca!.id);
    expect(index.at(blocks[2]!.nodes[0]!, 2)).toEqual([]);
    lazy.hitIntervals();
    expect(added).toBe(3);
  });

  test('clear forgets everything and restarts the handles', () => {
    store.clear();
    expect(store.size).toBe(0);
    expect(fake.read()).toEqual([]);
    expect(watched.size).toBe(0);
    store.add(blocks[2]!, mentionsIn(blocks[2]!, WORDS), 3, 0);
    expect(store.accepted()[0]!.id).toBe(0);
  });

  test('paints at most MAX_AMBIGUOUS_PAINTED ambiguous words of one block, and every name', () => {
    // A hostile node: "lead tin lead…" judged a list of metals, with one real name among them.
    document.body.innerHTML = `<p>${'lead tin '.repeat(1500)}gallium ${'lead tin '.repeat(100)}</p>`;
    const [block] = [...collectBlocks(document.body)];
    const ambiguous = (m: Mention): Mention => ({ ...m, basis: { ...m.basis, pageSensitive: true } });
    const words = mentionsIn(block!, { lead: { termId: 'lead' }, tin: { termId: 'tin' } }).map(ambiguous);
    const names = mentionsIn(block!, { gallium: { termId: 'gallium' } });
    store.add(
      block!,
      [...words, ...names].sort((a, b) => a.start - b.start),
      1,
      0,
    );
    allNear();
    const painted = fake.read();
    expect(painted.filter((p) => /lead|tin/.test(p))).toHaveLength(MAX_AMBIGUOUS_PAINTED);
    expect(painted).toContain('battery-metal:gallium');
    // The same after a repaint (a settings change).
    store.repaint();
    expect(fake.read().filter((p) => /lead|tin/.test(p))).toHaveLength(MAX_AMBIGUOUS_PAINTED);
  });

  test('a rescore moves paint as a repaint would, in first-mention mode too', () => {
    const sensitive = (m: Mention): Mention => ({ ...m, basis: { ...m.basis, pageSensitive: true } });
    store.clear();
    blocks.forEach((block, rank) => store.add(block, mentionsIn(block, WORDS).map(sensitive), 1, rank));
    allNear();
    rules = { ...rules, firstOnly: true };
    store.repaint();
    const paintedLithium = () =>
      store
        .accepted()
        .filter((f) => f.painted && f.mention.termId === 'lithium')
        .map((f) => f.stored.block.text);
    expect(paintedLithium()).toEqual(['lithium and cobalt']);
    // The page now says the first paragraph's lithium is something else.
    const first = blocks[0]!.nodes[0]!;
    const judge = (mentions: Mention[], key: Text) =>
      mentions.map((m) => (key === first && m.termId === 'lithium' ? { ...m, confidence: 0.1 } : m));
    for (const _ of store.rescore(judge)) continue;
    expect(paintedLithium()).toEqual(['USMCA and lithium']);
    const before = fake.read().sort();
    store.repaint();
    expect(fake.read().sort()).toEqual(before);
  });

  test('a rescore judges only the blocks judged before the page last moved, each once', () => {
    const sensitive = (m: Mention): Mention => ({ ...m, basis: { ...m.basis, pageSensitive: true } });
    store.clear();
    // Judged at page revisions 1, 2 and 2: the last two already heard what the page says at 2.
    blocks.forEach((block, rank) =>
      store.add(block, mentionsIn(block, WORDS).map(sensitive), 1, rank, rank === 0 ? 1 : 2),
    );
    const judged: string[] = [];
    const judge = (mentions: Mention[], key: Text) => {
      judged.push(key.data);
      return mentions;
    };
    for (const _ of store.rescore(judge, 2)) continue;
    expect(judged).toEqual(['lithium and cobalt']);
    // Nothing moved since: a second rescore at the same revision judges nothing again.
    for (const _ of store.rescore(judge, 2)) continue;
    expect(judged).toEqual(['lithium and cobalt']);
    // The page moved: every block is judged again.
    for (const _ of store.rescore(judge, 3)) continue;
    expect(judged).toHaveLength(4);
  });

  test('a rescore judges only page-sensitive mentions, in a step per chunk of them, not per block', () => {
    store.clear();
    // "cobalt" may be the car: page-sensitive; "lithium" and "USMCA" are names whatever the page says.
    const judgedAsAmbiguous = (m: Mention): Mention =>
      m.termId === 'cobalt' ? { ...m, basis: { ...m.basis, pageSensitive: true } } : m;
    document.body.innerHTML = Array(200).fill('<p>lithium and cobalt</p>').join('');
    const many = [...collectBlocks(document.body)];
    many.forEach((block, rank) => store.add(block, mentionsIn(block, WORDS).map(judgedAsAmbiguous), 1, rank));
    allNear();
    const names = store.accepted().filter((f) => f.mention.termId === 'lithium');
    const judged: string[] = [];
    const judge = (mentions: Mention[]) => {
      judged.push(...mentions.map((m) => m.termId));
      return mentions.map((m) => ({ ...m, confidence: 0.8 }));
    };
    let steps = 0;
    for (const _ of store.rescore(judge, 5)) steps += 1;
    expect(judged).toEqual(Array(200).fill('cobalt'));
    // Each block is a step of its own no more (the engine reads its clock at each), but a step
    // holds a bounded number of blocks.
    expect(steps).toBeGreaterThan(1);
    expect(steps).toBeLessThan(many.length / 20);
    // The page now speaks for every "cobalt": painted, and the names painted as they were.
    expect(fake.read().filter((p) => p.endsWith(':cobalt'))).toHaveLength(200);
    expect(store.accepted().filter((f) => f.mention.termId === 'lithium')).toEqual(names);
  });

  test('watches only the blocks it paints: a block of rejected words costs the page no observer', () => {
    store.clear();
    expect(watched.size).toBe(0);
    // "cobalt" is below the threshold: the first block paints nothing yet.
    const cobaltOnly = { cobalt: { termId: 'cobalt', confidence: 0.4 } };
    blocks.forEach((block, rank) => store.add(block, mentionsIn(block, cobaltOnly), 1, rank));
    expect(store.size).toBe(1);
    expect(watched.size).toBe(0);
    // A lower threshold paints it: from then on its element is watched, and painted when near.
    rules = { ...rules, accepts: (m) => m.confidence >= 0.3 };
    store.repaint();
    expect([...watched]).toEqual([blocks[0]!.container]);
    allNear();
    expect(fake.read()).toEqual(['battery-metal:cobalt']);
    store.drop(store.blockOfNode(blocks[0]!.nodes[0]!)!);
    expect(watched.size).toBe(0);
  });
});
