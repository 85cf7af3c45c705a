import type { Mention } from '@/lib/recognize';
import { precedes } from './document-order';
import { watchedElementOf, type NearWatch } from './near-watch';
import type { Painter } from './paint';
import { blockRange, type TextBlock } from './text-blocks';
import type { TextIntervals } from './text-intervals';

/**
 * The page's mentions: every candidate the recognizer returned (so settings can re-filter without
 * rescanning), the block it came from, and where it is painted. A text node belongs to at most one
 * stored block; storing a block replaces any other that shares a node with it.
 *
 * Painting has two gates: the rules (threshold, category on, first mention only) give a mention its
 * highlight name, and only blocks near the viewport (near-watch.ts) have their ranges registered.
 * StaticRanges and hit-test intervals are made the first time a mention needs them.
 */
export interface StoredBlock {
  block: TextBlock;
  founds: Found[];
  /** Walk order in the full scan `scan` (-1 when a partial rescan found it: ask the DOM instead). */
  rank: number;
  scan: number;
  /** The element whose nearness to the viewport decides whether this block's ranges are registered. */
  element: Element;
  near: boolean;
  /** How many of its ambiguous words are painted: at most MAX_AMBIGUOUS_PAINTED. */
  ambiguousPainted: number;
}

/**
 * Ambiguous words painted per block, at most. No article's paragraph comes near it; a hostile
 * node of "lead tin lead…" judged as a list of metals does, and 148,000 ranges in one highlight
 * made the browser's own painting a 4-6 s task. Names are always painted.
 */
export const MAX_AMBIGUOUS_PAINTED = 1000;

export interface Found {
  /** The handle the panel and card use (PageMention.index). */
  id: number;
  mention: Mention;
  stored: StoredBlock;
  /** The highlight name the rules give it, or null (registered only while its block is near). */
  painted: string | null;
  range: StaticRange | null;
}

/** How the current options paint: built by the engine from options and page theme. */
export interface PaintRules {
  /** Above the threshold, and its category is on. */
  accepts(mention: Mention): boolean;
  nameOf(mention: Mention): string;
  firstOnly: boolean;
}

export interface StoreDeps {
  painter: Painter;
  intervals: TextIntervals;
  near: NearWatch;
  rules(): PaintRules;
}

export function createMentionStore({ painter, intervals, near, rules }: StoreDeps) {
  let nextId = 0;
  let version = 0;
  let byNode = new WeakMap<Text, StoredBlock>();
  const byId = new Map<number, Found>();
  // Blocks by the element that stands for them (their container, or a shadow root's host).
  const byElement = new Map<Element, Set<StoredBlock>>();
  // Kept after an element's last block goes (weakly): a paragraph rescanned after an edit is still
  // near, and must not lose its paint for the frame until the observer reports again.
  let nearElements = new WeakSet<Element>();
  const byTerm = new Map<string, Set<Found>>();
  const firsts = new Map<string, Found>();
  // Mentions the reader marked "not the mineral here": never painted, never listed.
  const hidden = new Set<number>();

  /** The mention's StaticRange, made (and indexed for hit-testing) on first use. */
  function rangeOf(found: Found): StaticRange {
    if (found.range) return found.range;
    const { block } = found.stored;
    found.range = blockRange(block, found.mention.start, found.mention.end);
    forEachNode(found, found.range, (node, start, end) => intervals.add(node, start, end, found.id));
    return found.range;
  }

  function paint(found: Found, name: string) {
    const { stored } = found;
    if (found.mention.basis.pageSensitive) {
      if (stored.ambiguousPainted >= MAX_AMBIGUOUS_PAINTED) return;
      stored.ambiguousPainted += 1;
    }
    found.painted = name;
    if (stored.near) painter.add(name, rangeOf(found));
  }
  function unpaint(found: Found) {
    if (found.painted && found.stored.near) painter.delete(found.painted, found.range!);
    if (found.painted && found.mention.basis.pageSensitive) found.stored.ambiguousPainted -= 1;
    found.painted = null;
  }
  /** Paints a found if the rules say so; in first-only mode it may take over its term's first place. */
  function consider(found: Found, r: PaintRules) {
    if (!r.accepts(found.mention) || hidden.has(found.id)) return;
    if (!r.firstOnly) return paint(found, r.nameOf(found.mention));
    const current = firsts.get(found.mention.termId);
    if (current && !precedes(found, current)) return;
    if (current) unpaint(current);
    firsts.set(found.mention.termId, found);
    paint(found, r.nameOf(found.mention));
  }

  function drop(stored: StoredBlock) {
    version += 1;
    for (const node of stored.block.nodes) if (byNode.get(node) === stored) byNode.delete(node);
    if (remove(byElement, stored.element, stored)) near.unobserve(stored.element);
    const lostFirst = new Set<string>();
    for (const found of stored.founds) {
      unpaint(found);
      byId.delete(found.id);
      hidden.delete(found.id);
      if (found.range) forEachNode(found, found.range, (node) => intervals.remove(node, found.id));
      byTerm.get(found.mention.termId)?.delete(found);
      if (firsts.get(found.mention.termId) === found) lostFirst.add(found.mention.termId);
    }
    if (lostFirst.size === 0) return;
    const r = rules();
    for (const termId of lostFirst) {
      firsts.delete(termId);
      for (const other of byTerm.get(termId) ?? []) consider(other, r);
    }
  }

  /** Moves every candidate to where the current rules want it, without rescanning. */
  function repaint() {
    const r = rules();
    painter.reset();
    firsts.clear();
    for (const set of byElement.values()) for (const stored of set) stored.ambiguousPainted = 0;
    for (const found of byId.values()) {
      found.painted = null;
      consider(found, r);
    }
  }

  function add(block: TextBlock, mentions: Mention[], scan: number, rank: number): void {
    for (const node of block.nodes) {
      const old = byNode.get(node);
      if (old) drop(old);
    }
    if (mentions.length === 0) return;
    version += 1;
    const element = watchedElementOf(block.container);
    const isNear = nearElements.has(element);
    const stored: StoredBlock = { block, founds: [], rank, scan, element, near: isNear, ambiguousPainted: 0 };
    for (const node of block.nodes) byNode.set(node, stored);
    if (insert(byElement, element, stored)) near.observe(element);
    const r = rules();
    for (const mention of mentions) {
      const found: Found = { id: nextId++, mention, stored, painted: null, range: null };
      stored.founds.push(found);
      byId.set(found.id, found);
      insert(byTerm, mention.termId, found);
      consider(found, r);
    }
  }

  return {
    add,
    drop,
    rangeOf,
    /** The stored block identical to `block` (same nodes, same text), marked as seen by `scan`. */
    reuse(block: TextBlock, scan: number, rank: number): StoredBlock | undefined {
      const stored = byNode.get(block.nodes[0]!);
      if (!stored || !sameBlock(stored.block, block)) return undefined;
      Object.assign(stored, { scan, rank });
      return stored;
    },
    /** An element came near the viewport or left it: register or withdraw its blocks' ranges. */
    setNear(element: Element, isNear: boolean) {
      if (isNear) nearElements.add(element);
      else nearElements.delete(element);
      for (const stored of byElement.get(element) ?? []) {
        if (stored.near === isNear) continue;
        stored.near = isNear;
        for (const found of stored.founds) {
          if (!found.painted) continue;
          if (isNear) painter.add(found.painted, rangeOf(found));
          else painter.delete(found.painted, found.range!);
        }
      }
    },
    blockOfNode: (node: Text) => byNode.get(node),
    /** The stored blocks whose runs belong to `container` itself. */
    blocksIn: (container: Node) =>
      [...(byElement.get(watchedElementOf(container)) ?? [])].filter((s) => s.block.container === container),
    /** Drops every block the full scan `scan` did not see: the page no longer has it. */
    sweep(scan: number) {
      const gone: StoredBlock[] = [];
      for (const set of byElement.values())
        for (const stored of set) if (stored.scan !== scan) gone.push(stored);
      for (const stored of gone) drop(stored);
    },
    get: (id: number) => byId.get(id),
    /** Accepted mentions (threshold, category on, not hidden) in document order: the panel's list. */
    accepted(): Found[] {
      const r = rules();
      return [...byId.values()]
        .filter((f) => r.accepts(f.mention) && !hidden.has(f.id))
        .sort((a, b) => (precedes(a, b) ? -1 : 1));
    },
    /**
     * Hides one mention until its block is rescanned: unpainted, unlisted, and in first-mention
     * mode its term's next mention takes its place. False when unknown or already hidden.
     */
    hide(id: number): boolean {
      const found = byId.get(id);
      if (!found || hidden.has(id)) return false;
      hidden.add(id);
      version += 1;
      unpaint(found);
      const { termId } = found.mention;
      if (firsts.get(termId) === found) {
        firsts.delete(termId);
        const r = rules();
        for (const other of byTerm.get(termId) ?? []) consider(other, r);
      }
      return true;
    },
    /**
     * Judges every page-sensitive mention again (`judge` gets a block's mentions and key, returns
     * them rescored, in the same order); repaints if any crossed the threshold either way.
     */
    rescore(judge: (mentions: Mention[], key: Text) => Mention[]) {
      const r = rules();
      let moved = false;
      for (const set of byElement.values()) {
        for (const stored of set) {
          if (!stored.founds.some((f) => f.mention.basis.pageSensitive)) continue;
          const rescored = judge(
            stored.founds.map((f) => f.mention),
            stored.block.nodes[0]!,
          );
          if (rescored.length !== stored.founds.length) continue; // threshold 0 keeps every one
          stored.founds.forEach((found, i) => {
            const next = rescored[i]!;
            if (r.accepts(next) !== r.accepts(found.mention)) moved = true;
            found.mention = next;
          });
        }
      }
      if (!moved) return;
      version += 1;
      repaint();
    },
    repaint,
    clear() {
      painter.clear();
      near.reset();
      for (const found of byId.values()) {
        if (found.range) forEachNode(found, found.range, (node) => intervals.remove(node, found.id));
      }
      byNode = new WeakMap();
      for (const map of [byId, byElement, byTerm, firsts]) map.clear();
      hidden.clear();
      nearElements = new WeakSet();
      nextId = 0;
      version += 1;
    },
    get size() {
      return byId.size;
    },
    /** Changes whenever the set of mentions changes (not when only paint moves). */
    get version() {
      return version;
    },
  };
}

export type MentionStore = ReturnType<typeof createMentionStore>;

/** Adds to a set in a map of sets; true when the set is new. */
function insert<K, V>(map: Map<K, Set<V>>, key: K, value: V): boolean {
  const set = map.get(key);
  if (!set) {
    map.set(key, new Set([value]));
    return true;
  }
  set.add(value);
  return false;
}

/** Removes from a set in a map of sets; true when that emptied (and removed) the set. */
function remove<K, V>(map: Map<K, Set<V>>, key: K, value: V): boolean {
  const set = map.get(key);
  if (!set?.delete(value) || set.size > 0) return false;
  map.delete(key);
  return true;
}

function sameBlock(a: TextBlock, b: TextBlock): boolean {
  return (
    a.text === b.text &&
    a.container === b.container &&
    a.nodes.length === b.nodes.length &&
    a.nodes.every((node, i) => node === b.nodes[i])
  );
}

/** Calls back with each text node a range covers and the part of it covered. */
function forEachNode(
  found: Found,
  range: StaticRange,
  callback: (node: Text, start: number, end: number) => void,
) {
  const { nodes, lengths } = found.stored.block;
  for (let i = nodes.indexOf(range.startContainer as Text); i >= 0 && i < nodes.length; i++) {
    const node = nodes[i]!;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : lengths[i]!;
    callback(node, start, end);
    if (node === range.endContainer) return;
  }
}
