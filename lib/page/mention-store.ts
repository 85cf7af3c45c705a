import type { Mention } from '@/lib/recognize';
import type { Painter } from './paint';
import { blockRange, type TextBlock } from './text-blocks';
import type { TextIntervals } from './text-intervals';

/**
 * The page's mentions: every candidate the recognizer returned (so settings can re-filter without
 * rescanning), the block it came from, its StaticRange, and where it is painted. A text node belongs
 * to at most one stored block; storing a block replaces any other that shares a node with it.
 */
export interface StoredBlock {
  block: TextBlock;
  founds: Found[];
  /** Walk order in the full scan `scan` (-1 when a partial rescan found it: ask the DOM instead). */
  rank: number;
  scan: number;
}

export interface Found {
  /** The handle the panel and card use (PageMention.index). */
  id: number;
  mention: Mention;
  range: StaticRange;
  stored: StoredBlock;
  /** The highlight name it is painted under, or null. */
  painted: string | null;
}

/** How the current options paint: built by the engine from options and page theme. */
export interface PaintRules {
  /** Above the threshold, and its category is on. */
  accepts(mention: Mention): boolean;
  nameOf(mention: Mention): string;
  firstOnly: boolean;
}

export function createMentionStore(painter: Painter, intervals: TextIntervals, rules: () => PaintRules) {
  let nextId = 0;
  let version = 0;
  let byNode = new WeakMap<Text, StoredBlock>();
  const byId = new Map<number, Found>();
  const byContainer = new Map<Node, Set<StoredBlock>>();
  const byTerm = new Map<string, Set<Found>>();
  const firsts = new Map<string, Found>();

  function paint(found: Found, name: string) {
    painter.add(name, found.range);
    found.painted = name;
  }
  function unpaint(found: Found) {
    if (found.painted) painter.delete(found.painted, found.range);
    found.painted = null;
  }
  /** Paints a found if the rules say so; in first-only mode it may take over its term's first place. */
  function consider(found: Found, r: PaintRules) {
    if (!r.accepts(found.mention)) return;
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
    const siblings = byContainer.get(stored.block.container);
    siblings?.delete(stored);
    if (siblings?.size === 0) byContainer.delete(stored.block.container);
    const lostFirst = new Set<string>();
    for (const found of stored.founds) {
      unpaint(found);
      byId.delete(found.id);
      forEachNode(found, (node) => intervals.remove(node, found.id));
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

  return {
    /** The stored block identical to `block` (same nodes, same text), marked as seen by `scan`. */
    reuse(block: TextBlock, scan: number, rank: number): StoredBlock | undefined {
      const stored = byNode.get(block.nodes[0]!);
      if (!stored || !sameBlock(stored.block, block)) return undefined;
      Object.assign(stored, { scan, rank });
      return stored;
    },
    add(block: TextBlock, mentions: Mention[], scan: number, rank: number): void {
      for (const node of block.nodes) {
        const old = byNode.get(node);
        if (old) drop(old);
      }
      if (mentions.length === 0) return;
      version += 1;
      const stored: StoredBlock = { block, founds: [], rank, scan };
      for (const node of block.nodes) byNode.set(node, stored);
      let set = byContainer.get(block.container);
      if (!set) byContainer.set(block.container, (set = new Set()));
      set.add(stored);
      const r = rules();
      for (const mention of mentions) {
        const found: Found = {
          id: nextId++,
          mention,
          range: blockRange(block, mention.start, mention.end),
          stored,
          painted: null,
        };
        stored.founds.push(found);
        byId.set(found.id, found);
        forEachNode(found, (node, start, end) => intervals.add(node, start, end, found.id));
        let terms = byTerm.get(mention.termId);
        if (!terms) byTerm.set(mention.termId, (terms = new Set()));
        terms.add(found);
        consider(found, r);
      }
    },
    drop,
    blockOfNode: (node: Text) => byNode.get(node),
    blocksIn: (container: Node) => [...(byContainer.get(container) ?? [])],
    /** Drops every block the full scan `scan` did not see: the page no longer has it. */
    sweep(scan: number) {
      for (const set of [...byContainer.values()])
        for (const stored of [...set]) if (stored.scan !== scan) drop(stored);
    },
    get: (id: number) => byId.get(id),
    /** Accepted mentions (threshold, category on) in document order: the panel's list. */
    accepted(): Found[] {
      const r = rules();
      return [...byId.values()].filter((f) => r.accepts(f.mention)).sort((a, b) => (precedes(a, b) ? -1 : 1));
    },
    /** Moves every candidate to where the current rules want it, without rescanning. */
    repaint() {
      const r = rules();
      painter.reset();
      firsts.clear();
      for (const found of byId.values()) {
        found.painted = null;
        consider(found, r);
      }
    },
    clear() {
      painter.clear();
      byNode = new WeakMap();
      for (const found of byId.values()) forEachNode(found, (node) => intervals.remove(node, found.id));
      byId.clear();
      byContainer.clear();
      byTerm.clear();
      firsts.clear();
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

function sameBlock(a: TextBlock, b: TextBlock): boolean {
  return (
    a.text === b.text &&
    a.container === b.container &&
    a.nodes.length === b.nodes.length &&
    a.nodes.every((node, i) => node === b.nodes[i])
  );
}

/** Calls back with each text node a found covers and the part of it covered. */
function forEachNode(found: Found, callback: (node: Text, start: number, end: number) => void) {
  const { range, stored } = found;
  const nodes = stored.block.nodes;
  let i = nodes.indexOf(range.startContainer as Text);
  for (; i >= 0 && i < nodes.length; i++) {
    const node = nodes[i]!;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : stored.block.lengths[i]!;
    callback(node, start, end);
    if (node === range.endContainer) return;
  }
}

/** Document order of two mentions: by offset in one block, by walk rank in one scan, else by the DOM. */
export function precedes(a: Found, b: Found): boolean {
  if (a.stored === b.stored) return a.mention.start < b.mention.start;
  if (a.stored.rank >= 0 && b.stored.rank >= 0 && a.stored.scan === b.stored.scan) {
    return a.stored.rank < b.stored.rank;
  }
  return nodePrecedes(a.stored.block.nodes[0]!, b.stored.block.nodes[0]!);
}

/** Tree order, with nodes inside shadow roots placed where their host is. */
function nodePrecedes(a: Node, b: Node): boolean {
  const [x, y] = [liftToTree(a, b), liftToTree(b, a)];
  const [p, q] = x === y ? [a, b] : [x, y];
  return (p.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** `node`, or the shadow host that contains it, lifted until it shares a tree with `other`. */
function liftToTree(node: Node, other: Node): Node {
  const otherRoots = new Set<Node>();
  for (let n: Node | undefined = other; n; n = (n.getRootNode() as ShadowRoot).host)
    otherRoots.add(n.getRootNode());
  let current = node;
  while (!otherRoots.has(current.getRootNode()) && (current.getRootNode() as ShadowRoot).host) {
    current = (current.getRootNode() as ShadowRoot).host;
  }
  return current;
}
