import type { Mention } from '@/lib/recognize';
import type { MentionStore, StoredBlock } from './mention-store';
import type { ChangeBatch } from './observe-mutations';
import { blockContainerOf, isInsideSkipped } from './skip-rules';
import { collectBlocks, StaleWalkError, type TextBlock } from './text-blocks';
import type { SliceClock } from './time-slice';

/** What a pass needs from the engine. */
export interface PassContext {
  doc: Document;
  store: MentionStore;
  clock: SliceClock;
  recognize(text: string): Mention[];
  /** Adopts styles into and observes a shadow root; true the first time the root is seen. */
  discover(root: ShadowRoot): boolean;
  /** False once the engine moved on (switched off, navigated, destroyed): stop at the next slice. */
  alive(): boolean;
}

export type PassResult = 'done' | 'stopped' | 'stale';

/** Ends the slice if its budget is spent; false when the pass should stop. */
async function slice(ctx: PassContext): Promise<boolean> {
  if (ctx.clock.expired()) await ctx.clock.pause();
  return ctx.alive();
}

function recognizeInto(ctx: PassContext, block: TextBlock, scan: number, rank: number) {
  if (!ctx.store.reuse(block, scan, rank)) ctx.store.add(block, ctx.recognize(block.text), scan, rank);
}

/**
 * Every block of the page: walk first (cheap, in document order, which gives each block its rank),
 * then recognize starting at the first block in view, so what the reader sees is painted first.
 * Blocks unchanged since the last scan keep their mentions and paint; blocks gone are swept.
 */
export async function fullScan(ctx: PassContext, scan: number): Promise<PassResult> {
  const roots: Node[] = [ctx.doc.body ?? ctx.doc.documentElement];
  const blocks: { block: TextBlock; rank: number }[] = [];
  const onShadowRoot = (root: ShadowRoot) => void (ctx.discover(root), roots.push(root));
  try {
    for (const [i, root] of roots.entries()) {
      for (const block of collectBlocks(root, { onShadowRoot })) {
        // Shadow content ranks by its host's place, which the DOM comparison gives.
        blocks.push({ block, rank: i === 0 ? blocks.length : -1 });
        if (!(await slice(ctx))) return 'stopped';
      }
    }
  } catch (error) {
    if (error instanceof StaleWalkError) return 'stale';
    throw error;
  }
  const first = firstInView(blocks.map((b) => b.block));
  for (let n = 0; n < blocks.length; n++) {
    const { block, rank } = blocks[(first + n) % blocks.length]!;
    recognizeInto(ctx, block, scan, rank);
    if (!(await slice(ctx))) return 'stopped';
  }
  ctx.store.sweep(scan);
  return 'done';
}

/**
 * Index of the first block whose top line is not above the viewport. Blocks come in document
 * order, which in ordinary flow is also vertical order, so a binary search needs ~log2(n) rects.
 */
function firstInView(blocks: TextBlock[]): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = blocks[mid]!.nodes[0]!.parentElement?.getBoundingClientRect();
    if (rect && rect.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo === blocks.length ? 0 : lo;
}

/**
 * Only what changed: blocks in removed subtrees are dropped, added block elements are scanned whole,
 * and containers whose own inline text changed have their runs collected again (blocks that came out
 * the same keep their paint). The work is proportional to the change, not to the page.
 */
export async function applyChanges(ctx: PassContext, batch: ChangeBatch, scan: number): Promise<PassResult> {
  const { store } = ctx;
  for (const node of batch.removed) {
    forEachText(ctx.doc, node, (text) => {
      const stored = store.blockOfNode(text);
      if (stored) store.drop(stored);
    });
    if (!(await slice(ctx))) return 'stopped';
  }
  for (const text of batch.edited) {
    batch.runs.add(store.blockOfNode(text)?.block.container ?? blockContainerOf(text));
  }
  const subtrees = new Set<Node>();
  const newRoots: ShadowRoot[] = [];
  const onShadowRoot = (root: ShadowRoot) => void (ctx.discover(root) && newRoots.push(root));
  const wholes: Node[] = [...batch.subtrees].filter((el) => el.isConnected && !isInsideSkipped(el));
  for (let i = 0; i < wholes.length || newRoots.length > 0; i++) {
    const root = i < wholes.length ? wholes[i]! : newRoots.shift()!;
    if (within(root, subtrees)) continue;
    subtrees.add(root);
    try {
      for (const block of collectBlocks(root, { onShadowRoot })) {
        recognizeInto(ctx, block, scan, -1);
        if (!(await slice(ctx))) return 'stopped';
      }
    } catch (error) {
      if (!(error instanceof StaleWalkError)) throw error; // Removed meanwhile: the next batch says so.
    }
  }
  for (const container of batch.runs) {
    if (!container.isConnected || isInsideSkipped(container) || within(container, subtrees)) continue;
    const before = store.blocksIn(container);
    const kept = new Set<StoredBlock>();
    for (const block of collectBlocks(container, { shallow: true, onShadowRoot })) {
      const same = store.reuse(block, scan, -1);
      if (same) kept.add(same);
      else store.add(block, ctx.recognize(block.text), scan, -1);
    }
    // Runs that are gone (their text went, or merged into a neighbour) and were not replaced.
    for (const old of before) {
      if (!kept.has(old) && store.blockOfNode(old.block.nodes[0]!) === old) store.drop(old);
    }
    if (!(await slice(ctx))) return 'stopped';
  }
  return 'done';
}

/** Whether `node` is one of `roots` or inside one (climbing through shadow hosts). */
function within(node: Node, roots: Set<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (roots.has(n)) return true;
  }
  return false;
}

function forEachText(doc: Document, node: Node, callback: (text: Text) => void) {
  if (node.nodeType === Node.TEXT_NODE) return callback(node as Text);
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) callback(text as Text);
}
