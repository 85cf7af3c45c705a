import type { MentionStore, StoredBlock } from './mention-store';
import type { Mention } from '@/lib/recognize/decide-mention';
import type { Recognized } from './recognizer';
import { MAX_BLOCKS_PER_REQUEST } from '@/lib/recognize/block-limits';
import type { ChangeBatch } from './observe-mutations';
import { watchedElementOf } from './near-watch';
import { blockContainerOf, isInsideSkipped } from './skip-rules';
import { collectBlocks, StaleWalkError, type TextBlock } from './text-blocks';
import type { SliceClock } from './time-slice';

/** What a pass needs from the engine. */
export interface PassContext {
  doc: Document;
  store: MentionStore;
  clock: SliceClock;
  /** A block's mentions in steps (a window of its text each): the pass may pause between them. */
  recognize(block: TextBlock): Iterator<Recognized, void, undefined>;
  /** Blocks about to be recognized, in order: a recognizer elsewhere is asked for them at once. */
  lookAhead(blocks: readonly TextBlock[]): void;
  /** The page's evidence revision (Recognizer.revision): what a block is judged under. */
  revision(): number;
  /** See Recognizer.ready and prepare. */
  recognizerReady(): boolean;
  prepareRecognizer(): void;
  /** Adopts styles into and observes a shadow root; true the first time the root is seen. */
  discover(root: ShadowRoot): boolean;
  /** False once the engine moved on (switched off, navigated, destroyed): stop at the next slice. */
  alive(): boolean;
  /** Set by a full scan: how many blocks the page has (what makes a batch of changes "huge"). */
  walked: number;
}

export type PassResult = 'done' | 'stopped' | 'stale';

/**
 * Ends the slice if its budget is spent; false when the pass should stop. A promise only when it
 * pauses: a long page's blocks are thousands, and an await each cost a microtask hop apiece.
 */
function slice(ctx: PassContext, weight?: number): boolean | Promise<boolean> {
  const expired = weight === undefined ? ctx.clock.expired() : ctx.clock.expiredAfter(weight);
  return expired ? ctx.clock.pause().then(ctx.alive) : ctx.alive();
}

/**
 * What a block and each of its mentions cost a pass besides its text, in characters' worth
 * (SliceClock.expiredAfter): a table of one-word cells is still a look at the clock every few
 * dozen cells.
 */
const BLOCK_WEIGHT = 100;
const MENTION_WEIGHT = 32;

/**
 * Before the first block is read: the recognizer's one-off set-up, a slice per step. Taken by the
 * first block at one go, it was a 60 ms task on a cold page. False when the pass should stop.
 */
async function setUp(ctx: PassContext): Promise<boolean> {
  while (!ctx.recognizerReady()) {
    await ctx.clock.pause();
    if (!ctx.alive()) return false;
    ctx.prepareRecognizer();
  }
  return slice(ctx);
}

/** Mentions stored per step: a huge block's hundreds of thousands go in across slices. */
const STORE_CHUNK = 1024;

/**
 * Recognises a block into the store unless it is stored unchanged, pausing between its windows and
 * between chunks of its mentions when the slice is spent: one text node of a megabyte is recognised
 * and stored across many slices, never in one long task. The block's old mentions stay until its
 * first new ones arrive. False if the pass should stop (the engine then clears or rescans the store).
 * It looks at the slice last thing, so the caller need not look again before its next block.
 *
 * Synchronous while the recognizer's steps are at hand and the slice lasts (an ordinary block whose
 * run the background has judged): a promise only once it must wait or pause.
 */
function recognizeInto(
  ctx: PassContext,
  block: TextBlock,
  scan: number,
  rank: number,
): boolean | Promise<boolean> {
  // An ordinary block is one step, weighed by its text and mentions: the clock is read every few
  // blocks. A block in many steps (a window each) reads it at every step after its first.
  let weight = BLOCK_WEIGHT + block.text.length;
  if (ctx.store.reuse(block, scan, rank)) return slice(ctx, weight);
  const job: Job = { block, scan, rank, judgedAt: ctx.revision(), steps: ctx.recognize(block) };
  let step = job.steps.next();
  if (step.done) {
    ctx.store.add(block, [], scan, rank);
    return slice(ctx, weight);
  }
  for (; !step.done; step = job.steps.next(), weight = 0) {
    const found = step.value;
    if (found instanceof Promise || found.length > STORE_CHUNK) return storeSteps(ctx, job, step);
    // The page may have taken the block away while its run was judged, or the pass paused.
    if (!block.nodes[0]!.isConnected) {
      job.steps.return?.();
      return ctx.alive();
    }
    store(ctx, job, found);
    const spent = weight + found.length * MENTION_WEIGHT;
    if (weight > 0 ? ctx.clock.expiredAfter(spent) : ctx.clock.expired()) return pauseThenStore(ctx, job);
  }
  if (!job.stored) ctx.store.add(block, [], scan, rank);
  return true;
}

/** A block being recognized into the store: what `recognizeInto` hands on when it must wait. */
interface Job {
  block: TextBlock;
  scan: number;
  rank: number;
  /** The page's revision read before the block was recognized (see MentionStore.rescore). */
  judgedAt: number;
  steps: Iterator<Recognized, void, undefined>;
  stored?: StoredBlock;
}

function store(ctx: PassContext, job: Job, part: Mention[]) {
  if (job.stored) ctx.store.append(job.stored, part);
  else if (part.length > 0) job.stored = ctx.store.add(job.block, part, job.scan, job.rank, job.judgedAt);
}

async function pauseThenStore(ctx: PassContext, job: Job): Promise<boolean> {
  if (!(await slice(ctx))) {
    job.steps.return?.();
    return false;
  }
  return storeSteps(ctx, job, job.steps.next());
}

/** The rest of `recognizeInto` from `step` on: awaiting steps judged elsewhere, pausing between chunks. */
async function storeSteps(
  ctx: PassContext,
  job: Job,
  step: IteratorResult<Recognized, void>,
): Promise<boolean> {
  const { block, steps } = job;
  for (; !step.done; step = steps.next()) {
    let found = step.value;
    if (found instanceof Promise) {
      found = await found;
      // Judged elsewhere meanwhile: the engine may have moved on, or the page taken the block away.
      if (!ctx.alive() || !block.nodes[0]!.isConnected) {
        steps.return?.();
        return ctx.alive();
      }
    }
    for (let at = 0; at < found.length || at === 0; at += STORE_CHUNK) {
      store(ctx, job, found.length <= STORE_CHUNK ? found : found.slice(at, at + STORE_CHUNK));
      if (ctx.clock.expired() && !(await slice(ctx))) {
        steps.return?.();
        return false;
      }
    }
  }
  if (!job.stored) ctx.store.add(block, [], job.scan, job.rank);
  return true;
}

/**
 * Every block of the page. First the blocks under a few points down the middle of the viewport, so
 * what the reader sees is painted in the first slice even on a page restored half-way down; then the
 * whole page in document order (which gives each block its rank), recognizing as it walks. Blocks
 * already stored and unchanged keep their mentions and paint; blocks gone are swept at the end.
 */
export async function fullScan(ctx: PassContext, scan: number): Promise<PassResult> {
  // From an empty store (a page's first scan) every block stored is this scan's: none to sweep.
  const fromEmpty = ctx.store.size === 0;
  const inView = blocksInView(ctx.doc);
  if (inView.length > 0) {
    if (!(await setUp(ctx))) return 'stopped';
    ctx.lookAhead(inView);
  }
  // On screen is near: their ranges go to the browser as they are found, not a frame or two later
  // when the near-watch first reports (which then only confirms it, or withdraws them if the
  // reader scrolled away meanwhile).
  for (const block of inView) ctx.store.setNear(watchedElementOf(block.container), true);
  for (const block of inView) if (!(await recognizeInto(ctx, block, scan, -1))) return 'stopped';
  const roots: Node[] = [ctx.doc.body ?? ctx.doc.documentElement];
  const onShadowRoot = (root: ShadowRoot) => {
    ctx.discover(root);
    roots.push(root);
  };
  let walked = 0;
  try {
    for (const [i, root] of roots.entries()) {
      for (const blocks of readAhead(collectBlocks(root, { onShadowRoot }), ctx)) {
        for (const block of blocks) {
          if (!ctx.recognizerReady() && !(await setUp(ctx))) return 'stopped';
          // Shadow content ranks by its host's place, which the DOM comparison gives. Awaited
          // only when it did not answer at once.
          const going = recognizeInto(ctx, block, scan, i === 0 ? walked : -1);
          if (going !== true && !(await going)) return 'stopped';
          walked += 1;
        }
      }
    }
  } catch (error) {
    if (error instanceof StaleWalkError) return 'stale';
    throw error;
  }
  ctx.walked = walked;
  if (!fromEmpty) ctx.store.sweep(scan);
  return 'done';
}

/**
 * Blocks walked LOOK_AHEAD at a time, each run told to `lookAhead` before it is recognized: the
 * background judges a page's blocks, or the paragraphs a page appends at once, in one message
 * where one per block cost the page a millisecond each. The walk pauses only between runs, where a
 * stale walk still throws.
 */
const LOOK_AHEAD = MAX_BLOCKS_PER_REQUEST;

function* readAhead(walk: Iterator<TextBlock>, ctx: PassContext): Generator<TextBlock[]> {
  for (;;) {
    const blocks: TextBlock[] = [];
    for (let next = walk.next(); !next.done; next = walk.next()) {
      blocks.push(next.value);
      if (blocks.length === LOOK_AHEAD) break;
    }
    if (blocks.length === 0) return;
    // Blocks the store holds as they are (those in view, a rescan's unchanged text naming a term)
    // are reused, not recognized: nothing to ask for.
    const fresh = blocks.filter((block) => !ctx.store.holds(block));
    if (fresh.length > 0) ctx.lookAhead(fresh);
    yield blocks;
  }
}

/** The blocks holding the text at five points down the middle of the viewport. */
function blocksInView(doc: Document): TextBlock[] {
  const view = doc.defaultView;
  if (!view || typeof doc.caretPositionFromPoint !== 'function') return [];
  const found: TextBlock[] = [];
  const seen = new Set<Node>();
  for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    const caret = doc.caretPositionFromPoint(view.innerWidth / 2, view.innerHeight * fraction);
    const node = caret?.offsetNode;
    if (!node || node.nodeType !== Node.TEXT_NODE || isInsideSkipped(node)) continue;
    const container = blockContainerOf(node);
    if (seen.has(container)) continue;
    seen.add(container);
    for (const block of collectBlocks(container, { shallow: true }))
      if (block.nodes.includes(node as Text)) found.push(block);
  }
  return found;
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
  const onShadowRoot = (root: ShadowRoot) => {
    if (ctx.discover(root)) newRoots.push(root);
  };
  const wholes: Node[] = [...batch.subtrees].filter((el) => el.isConnected && !isInsideSkipped(el));
  for (let i = 0; i < wholes.length || newRoots.length > 0; i++) {
    const root = i < wholes.length ? wholes[i]! : newRoots.shift()!;
    if (within(root, subtrees)) continue;
    subtrees.add(root);
    try {
      for (const blocks of readAhead(collectBlocks(root, { onShadowRoot }), ctx)) {
        for (const block of blocks) {
          if (!ctx.recognizerReady() && !(await setUp(ctx))) return 'stopped';
          const going = recognizeInto(ctx, block, scan, -1);
          if (going !== true && !(await going)) return 'stopped';
        }
      }
    } catch (error) {
      if (!(error instanceof StaleWalkError)) throw error; // Removed meanwhile: the next batch says so.
    }
  }
  if (batch.runs.size > 0 && !(await setUp(ctx))) return 'stopped';
  for (const container of batch.runs) {
    if (!container.isConnected || isInsideSkipped(container) || within(container, subtrees)) continue;
    if (!(await rescanRuns(ctx, container, scan, onShadowRoot))) return 'stopped';
    if (!(await slice(ctx))) return 'stopped';
  }
  return 'done';
}

/**
 * The inline runs of one container collected again: runs that came out the same keep their paint.
 * False if the pass should stop. A huge run may pause the walk; if the page edits the container
 * meanwhile, the walk goes stale and the change's own batch rescans it.
 */
async function rescanRuns(
  ctx: PassContext,
  container: Node,
  scan: number,
  onShadowRoot: (root: ShadowRoot) => void,
): Promise<boolean> {
  const { store } = ctx;
  const before = store.blocksIn(container);
  const kept = new Set<StoredBlock>();
  try {
    for (const block of collectBlocks(container, { shallow: true, onShadowRoot })) {
      const same = store.reuse(block, scan, -1);
      if (same) {
        kept.add(same);
        continue;
      }
      if (!(await recognizeInto(ctx, block, scan, -1))) return false;
    }
  } catch (error) {
    if (error instanceof StaleWalkError) return true;
    throw error;
  }
  // Runs that are gone (their text went, or merged into a neighbour) and were not replaced.
  for (const old of before) {
    if (!kept.has(old) && store.blockOfNode(old.block.nodes[0]!) === old) store.drop(old);
  }
  return true;
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
