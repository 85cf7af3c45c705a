import type { Mention } from '@/lib/recognize';
import { precedes } from './document-order';
import { watchedElementOf, type NearWatch } from './near-watch';
import type { Painter } from './paint';
import { blockRange, type TextBlock } from './text-blocks';
import type { TextIntervals } from './text-intervals';
import {
  forEachNode,
  insert,
  inTextOrder,
  MAX_AMBIGUOUS_PAINTED,
  remove,
  RESCORE_CHUNK,
  sameBlock,
  type Found,
  type PaintRules,
  type StoredBlock,
} from './mention-store-parts';

export type { Found, PaintRules, StoredBlock } from './mention-store-parts';
export { MAX_AMBIGUOUS_PAINTED, RESCORE_CHUNK } from './mention-store-parts';

export interface StoreDeps {
  painter: Painter;
  intervals: TextIntervals;
  near: NearWatch;
  rules(): PaintRules;
}

/** What a block costs the page-level rescore besides its mentions, counted in mentions. */
const BLOCK_WEIGHT = 16;

/** Ranges waiting for the hit-test index, at most (see `unindexed`). */
const UNINDEXED_MAX = 4096;

/**
 * The page's mentions: every candidate the recognizer returned (so settings can re-filter without
 * rescanning), the block it came from, and where it is painted. A text node belongs to at most one
 * stored block; storing a block replaces any other that shares a node with it.
 *
 * Painting has two gates: the rules (threshold, category on, first mention only) give a mention its
 * highlight name, and only blocks near the viewport (near-watch.ts) have their ranges registered;
 * a block is watched from its first painted mention on. StaticRanges are made the first time a
 * mention needs them, and indexed for hit-testing the first time a hit test needs them.
 */
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
  // Elements given to the near-watch: only those with something painted. A block whose words were
  // all ruled out ("will lead the talks") has no range to register, and an observed element costs
  // the browser (and the extension) a few microseconds each, thousands of times on a long page.
  let watched = new WeakSet<Element>();
  // Each term's mentions, kept only in first-mention mode (the only one that asks "which is next?"),
  // and made from byId when that mode is first needed: the default mode spares a set entry per
  // candidate, 10,000 on a long page. Null when not kept; when kept, it holds every stored mention.
  let byTerm: Map<string, Set<Found>> | null = null;
  const termsFor = (r: PaintRules) => {
    if (!r.firstOnly) return (byTerm = null);
    if (byTerm) return byTerm;
    byTerm = new Map();
    for (const found of byId.values()) insert(byTerm, found.mention.termId, found);
    return byTerm;
  };
  const firsts = new Map<string, Found>();
  // Mentions the reader marked "not the mineral here": never painted, never listed.
  const hidden = new Set<number>();

  // Ranges made but not yet in the hit-test index: it is brought up to date when a hit test
  // asks (hitIntervals), not as ranges are made: a reader may never point at a highlight. Indexed
  // anyway past UNINDEXED_MAX, so a live page nobody points at does not keep its dropped mentions.
  let unindexed: Found[] = [];

  function indexRanges() {
    for (const found of unindexed) {
      if (byId.get(found.id) !== found) continue; // Dropped meanwhile.
      forEachNode(found, found.range!, (node, start, end) => intervals.add(node, start, end, found.id));
    }
    unindexed = [];
  }

  /** The mention's StaticRange, made on first use. */
  function rangeOf(found: Found): StaticRange {
    if (found.range) return found.range;
    const { block } = found.stored;
    found.range = blockRange(block, found.mention.start, found.mention.end);
    if (unindexed.push(found) >= UNINDEXED_MAX) indexRanges();
    return found.range;
  }

  /** Takes a found's range out of the hit-test index (none if it was never indexed). */
  function unindex(found: Found) {
    if (found.range) forEachNode(found, found.range, (node) => intervals.remove(node, found.id));
  }

  /** Moves a found to the highlight `name` (null: none), keeping its block's count of ambiguous paint. */
  function setPaint(found: Found, name: string | null) {
    if (found.painted === name) return;
    const { stored } = found;
    const ambiguous = found.mention.basis.pageSensitive ? 1 : 0;
    if (found.painted) {
      if (stored.near) painter.delete(found.painted, found.range!);
      stored.ambiguousPainted -= ambiguous;
    }
    found.painted = name;
    if (name) {
      if (!watched.has(stored.element)) {
        watched.add(stored.element);
        near.observe(stored.element);
      }
      stored.ambiguousPainted += ambiguous;
      if (stored.near) painter.add(name, rangeOf(found));
    }
  }
  function paint(found: Found, name: string) {
    if (found.mention.basis.pageSensitive && found.stored.ambiguousPainted >= MAX_AMBIGUOUS_PAINTED) return;
    setPaint(found, name);
  }
  const unpaint = (found: Found) => setPaint(found, null);
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
    if (remove(byElement, stored.element, stored) && watched.delete(stored.element))
      near.unobserve(stored.element);
    const lostFirst = new Set<string>();
    for (const found of stored.founds) {
      unpaint(found);
      byId.delete(found.id);
      hidden.delete(found.id);
      unindex(found);
      byTerm?.get(found.mention.termId)?.delete(found);
      if (firsts.get(found.mention.termId) === found) lostFirst.add(found.mention.termId);
    }
    if (lostFirst.size === 0) return;
    const r = rules();
    for (const termId of lostFirst) {
      firsts.delete(termId);
      for (const other of termsFor(r)?.get(termId) ?? []) consider(other, r);
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

  /**
   * Stores a block's mentions, replacing any block that shares a node with it. Returns the stored
   * block (none when it has no mentions), which `append` extends: a huge block's mentions arrive
   * in parts, one slice each, instead of in one long task. `judgedAt`: the page's revision read
   * before the block was recognized (see rescore).
   */
  function add(
    block: TextBlock,
    mentions: Mention[],
    scan: number,
    rank: number,
    judgedAt = -1,
  ): StoredBlock | undefined {
    for (const node of block.nodes) {
      const old = byNode.get(node);
      if (old) drop(old);
    }
    if (mentions.length === 0) return undefined;
    const element = watchedElementOf(block.container);
    const isNear = nearElements.has(element);
    const stored: StoredBlock = {
      block,
      founds: [],
      rank,
      scan,
      element,
      near: isNear,
      ambiguousPainted: 0,
      sensitive: false,
      judgedAt,
    };
    for (const node of block.nodes) byNode.set(node, stored);
    insert(byElement, element, stored);
    append(stored, mentions);
    return stored;
  }

  /** More mentions of a stored block, following (in text order) those it has. */
  function append(stored: StoredBlock, mentions: readonly Mention[]) {
    if (mentions.length === 0) return;
    version += 1;
    const r = rules();
    const terms = termsFor(r);
    for (const mention of mentions) {
      const found: Found = { id: nextId++, mention, stored, painted: null, range: null };
      stored.founds.push(found);
      if (mention.basis.pageSensitive) stored.sensitive = true;
      byId.set(found.id, found);
      if (terms) insert(terms, mention.termId, found);
      consider(found, r);
    }
  }

  /**
   * Judges every page-sensitive mention again (`judge` gets some of a block's mentions and its key,
   * returns them rescored, in the same order) and moves the paint of those that crossed the
   * threshold either way, as a repaint would leave it. A step per RESCORE_CHUNK mentions or so: the
   * caller may yield to the page between them (a hostile block has mentions by the hundred
   * thousand), and reads its clock at each. Blocks dropped meanwhile are skipped; one changed or
   * added meanwhile was judged under the page as it stands. Blocks already judged under the page's
   * `revision` are skipped, and each block judged here is marked as judged under it. A name's
   * confidence owes the page nothing: only the page-sensitive mentions are judged, which on a long
   * page whose evidence moved late are still thousands of blocks' worth.
   */
  function* rescore(
    judge: (mentions: Mention[], key: Text) => Mention[],
    revision = -1,
  ): Generator<void, void, undefined> {
    const lostFirsts = new Set<string>();
    const blocks: StoredBlock[] = [];
    for (const set of byElement.values())
      for (const stored of set)
        if (stored.sensitive && (revision < 0 || stored.judgedAt !== revision)) blocks.push(stored);
    // Mentions judged since the last step, each block counting as some: a step of a thousand small
    // blocks, each with its arrays and call, would be a slice on its own.
    let sinceStep = 0;
    for (const stored of blocks) {
      sinceStep += BLOCK_WEIGHT;
      const founds = stored.founds.filter((f) => f.mention.basis.pageSensitive);
      let wanted = 0; // Ambiguous words a repaint would paint in this block so far.
      for (let at = 0; at < founds.length; at += RESCORE_CHUNK) {
        if (byNode.get(stored.block.nodes[0]!) !== stored) break;
        const part = founds.length <= RESCORE_CHUNK ? founds : founds.slice(at, at + RESCORE_CHUNK);
        const rescored = judge(
          part.map((f) => f.mention),
          stored.block.nodes[0]!,
        );
        if (rescored.length !== part.length) break; // Threshold 0 keeps every one.
        const r = rules();
        let moved = false;
        part.forEach((found, i) => {
          const next = rescored[i]!;
          const was = r.accepts(found.mention);
          found.mention = next;
          const now = r.accepts(next);
          if (now !== was) moved = true;
          if (r.firstOnly) return void (now !== was && refirst(found, now, r, lostFirsts));
          const shown = now && !hidden.has(found.id);
          const capped = shown && wanted >= MAX_AMBIGUOUS_PAINTED;
          if (shown && !capped) wanted += 1;
          setPaint(found, shown && !capped ? r.nameOf(next) : null);
        });
        if (moved) version += 1;
        if (at + RESCORE_CHUNK >= founds.length) stored.judgedAt = revision;
        sinceStep += part.length;
        if (sinceStep >= RESCORE_CHUNK) {
          sinceStep = 0;
          yield;
        }
      }
    }
    if (sinceStep > 0) yield;
    for (const termId of lostFirsts) yield* considerTerm(termId);
  }

  /** First-mention mode: a found that crossed the threshold takes, or gives up, its term's place. */
  function refirst(found: Found, accepted: boolean, r: PaintRules, lostFirsts: Set<string>) {
    if (accepted) return consider(found, r);
    unpaint(found);
    const { termId } = found.mention;
    if (firsts.get(termId) !== found) return;
    firsts.delete(termId);
    lostFirsts.add(termId);
  }

  /** A term's first mention found again among all of its mentions, a step per chunk of them. */
  function* considerTerm(termId: string): Generator<void, void, undefined> {
    let n = 0;
    for (const found of [...(termsFor(rules())?.get(termId) ?? [])]) {
      if (byId.get(found.id) !== found) continue;
      consider(found, rules());
      if (++n % RESCORE_CHUNK === 0) yield;
    }
  }

  /** The stored block identical to `block` (same nodes, same text). */
  const storedAs = (block: TextBlock): StoredBlock | undefined => {
    const stored = byNode.get(block.nodes[0]!);
    return stored && sameBlock(stored.block, block) ? stored : undefined;
  };
  return {
    add,
    append,
    drop,
    rangeOf,
    /** The stored block identical to `block` (same nodes, same text), marked as seen by `scan`. */
    reuse(block: TextBlock, scan: number, rank: number): StoredBlock | undefined {
      const stored = storedAs(block);
      if (stored) Object.assign(stored, { scan, rank });
      return stored;
    },
    /** Whether `block` is stored as it is: a pass reuses it and recognizes nothing. */
    holds: (block: TextBlock) => storedAs(block) !== undefined,
    /** An element came near the viewport or left it: register or withdraw its blocks' ranges. */
    setNear(element: Element, isNear: boolean) {
      if (isNear) nearElements.add(element);
      // Never near, so none of its blocks is registered: most of a long page, on its first report.
      else if (!nearElements.delete(element)) return;
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
    /** The hit-test index of every range made so far (only stored mentions' ranges). */
    hitIntervals(): TextIntervals {
      indexRanges();
      return intervals;
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
    /**
     * Accepted mentions (threshold, category on, not hidden) in document order: the panel's list.
     * Of one block's ambiguous words, only the first MAX_AMBIGUOUS_PAINTED, the ones painted: a
     * hostile node of "lead tin lead…" lists what it shows, not 180,000 rows. Blocks are put in
     * order, and a block's mentions are in text order already, so a huge block costs one walk.
     */
    accepted(): Found[] {
      const r = rules();
      const blocks = [...byElement.values()].flatMap((set) => [...set]);
      blocks.sort((a, b) => (precedes(a.founds[0]!, b.founds[0]!) ? -1 : 1));
      const list: Found[] = [];
      for (const stored of blocks) {
        let ambiguous = 0;
        for (const found of inTextOrder(stored.founds)) {
          if (!r.accepts(found.mention) || hidden.has(found.id)) continue;
          if (found.mention.basis.pageSensitive && ambiguous++ >= MAX_AMBIGUOUS_PAINTED) continue;
          list.push(found);
        }
      }
      return list;
    },
    /**
     * Whether `accepted()` would list anything `shown` lets through, without putting the page's
     * blocks in order: the card asks after every pass, and only wants to know whether to wake up.
     * A block's first ambiguous word is always within the list's cap, so the cap cannot change it.
     */
    anyAccepted(shown: (found: Found) => boolean = () => true): boolean {
      const r = rules();
      for (const found of byId.values())
        if (r.accepts(found.mention) && !hidden.has(found.id) && shown(found)) return true;
      return false;
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
        for (const other of termsFor(r)?.get(termId) ?? []) consider(other, r);
      }
      return true;
    },
    rescore,
    repaint,
    clear() {
      painter.clear();
      near.reset();
      for (const found of byId.values()) unindex(found);
      unindexed = [];
      byNode = new WeakMap();
      for (const map of [byId, byElement, firsts]) map.clear();
      byTerm = null;
      hidden.clear();
      nearElements = new WeakSet();
      watched = new WeakSet();
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
