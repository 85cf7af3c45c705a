import type { PageMention, RevealResult } from '@/lib/messaging';
import { costOfChange, type EngineOptions } from './engine-options';
import type { PageTheme } from './highlight-css';
import { createHitTester } from './hit-test';
import { createMentionStore, type Found, type PaintRules } from './mention-store';
import { createChangeCollector } from './observe-mutations';
import { createHighlightSheet } from './highlight-sheet';
import { createPainter } from './paint';
import { paintRules } from './paint-rules';
import { toPageMention } from './page-mention';
import { createPassLoop, MIN_GAP_MS } from './pass-loop';
import { createNearWatch } from './near-watch';
import { detectPageTheme } from './page-theme';
import { watchDwell, type DwellHandlers, type DwellOptions } from './pointer-dwell';
import type { Recognized, Recognizer } from './recognizer';
import { revealRange } from './reveal';
import { applyChanges, fullScan, type PassContext } from './scan-passes';
import { createShadowStyles } from './shadow-styles';
import { watchNavigation } from './spa-navigation';
import { locate, type TextBlock } from './text-blocks';
import { createTextIntervals } from './text-intervals';
import { timedSteps } from './timed-steps';
import { createSliceClock, type SliceClock } from './time-slice';
import { createVisibilityMemo } from './visibility';

export interface PageEngineInit {
  document: Document;
  recognizer: Recognizer;
  options: EngineOptions;
  /** Aborting it is `destroy()`: WXT's `ctx.signal` in the content script. */
  signal?: AbortSignal;
  /** After a pass that changed the set of mentions (not on every mutation). */
  onMentionsChange?(): void;
  /**
   * Once, when the first highlight is painted: a pass paints what is on screen in its first slice
   * and reports (onMentionsChange) only when it ends, which on a long page is seconds later, and
   * the reader can point at a highlight meanwhile. Called in a microtask, never inside a paint.
   */
  onFirstPaint?(): void;
  /** 'caret' forces the hit-test fallback, for tests of browsers without highlightsFromPoint. */
  hitTestMode?: 'auto' | 'caret';
}

export interface EngineStats {
  passes: number;
  fullScans: number;
  /** Settings changes that repainted every highlight (a colour, the style, the threshold). */
  repaints: number;
  /** Main-thread time the engine spent in its slices, and its longest slice. */
  busyMs: number;
  /** The part of busyMs spent in a recognizer working in this frame (the background's is its own). */
  recognizeMs: number;
  longestSliceMs: number;
  lastPass: { kind: 'full' | 'changes'; busyMs: number; wallMs: number } | null;
  candidates: number;
  painted: number;
}

export interface PageEngine {
  /** Live settings change: repaints from kept candidates where it can, rescans only when it must. */
  update(patch: Partial<EngineOptions>): void;
  /**
   * Resolves once the page is scanned, no change is waiting, and the blocks near the viewport have
   * their ranges registered (tests and the bench).
   */
  idle(): Promise<void>;
  /**
   * The page's mentions the reader can see (visibility.ts; frames: docs/architecture.md), in
   * document order: the first `limit` of them. A block's ambiguous words past the paint cap are not listed
   * (MentionStore.accepted).
   */
  mentions(limit?: number): PageMention[];
  /** Whether `mentions()` would list any: what the list costs (putting the page in order) spared. */
  hasMentions(): boolean;
  /** Scrolls to a mention and flashes it. */
  reveal(index: number): RevealResult;
  /** Scrolls to any range of the page's text and flashes it (a notebook quote: find-quote.ts). */
  revealText(range: StaticRange): boolean;
  /**
   * "Not the mineral here": stops painting and listing these mentions (until their text is
   * rescanned; the card re-applies the reader's remembered choices after each pass), and reports
   * one change for them all. False if none was known.
   */
  hide(indices: readonly number[]): boolean;
  /** Scans the whole page afresh: what `hide` took away comes back ("show hidden occurrences"). */
  rescan(): void;
  /** Hit-testing API: see hit-test.ts. */
  hitTest(x: number, y: number): PageMention | null;
  rectsOf(index: number): DOMRect[];
  onDwell(handlers: DwellHandlers, options: Omit<DwellOptions, 'signal'>): () => void;
  stats(): EngineStats;
  destroy(): void;
}

// A batch that changes more nodes than this, and more than the page has blocks, is rescanned whole:
// no dearer than following it piece by piece, and simpler. Smaller batches cost their own size.
const HUGE_BATCH = 1000;

/**
 * The page engine: scans the page's text in time slices, paints mentions with the CSS Custom Highlight
 * API, follows mutations and SPA navigation, and answers for the page's mentions. It never changes
 * the page's DOM. Create one per document (each frame has its own).
 */
export function createPageEngine(init: PageEngineInit): PageEngine {
  const { document: doc, recognizer } = init;
  const life = new AbortController();
  let options = init.options;
  // Light or dark is read on the first mention painted, not at start: reading the page's computed
  // styles costs a style pass, and most pages name no term at all.
  let theme: PageTheme | undefined;
  let rules: PaintRules | undefined;
  const currentRules = () => (rules ??= paintRules(options, (theme ??= detectPageTheme(doc))));
  const sheet = createHighlightSheet();
  let painted = false;
  const painter = createPainter(CSS.highlights, (name) => {
    sheet.ensure(name);
    sheet.adopt(doc);
    if (!painted) queueMicrotask(() => init.onFirstPaint?.());
    painted = true;
  });
  const intervals = createTextIntervals();
  const near = createNearWatch((element, isNear) => store.setNear(element, isNear));
  const store = createMentionStore({ painter, intervals, near, rules: currentRules });
  const shadows = createShadowStyles(sheet);
  let pageBlocks = 0;
  const changes = createChangeCollector(onMutations, () => Math.max(HUGE_BATCH, pageBlocks));
  const navigation = watchNavigation(doc.defaultView!, newPage, life.signal);
  const hits = createHitTester(doc, { store, painter, shadowRoots: shadows.roots }, init.hitTestMode);
  const loop = createPassLoop(pass, () => fullPending || (options.enabled && changes.pending()), life.signal);

  let generation = 0; // Bumped when work in flight must stop: off, navigation, destroy.
  let scan = 0;
  let fullPending = false;
  let notified = store.version;
  let scoredAt = 0; // The recognizer's revision the stored mentions were last judged at.
  const stats: EngineStats = {
    passes: 0,
    fullScans: 0,
    repaints: 0,
    busyMs: 0,
    recognizeMs: 0,
    longestSliceMs: 0,
    lastPass: null,
    candidates: 0,
    painted: 0,
  };

  function start() {
    if (doc.designMode === 'on') return; // The whole document is an editor.
    theme = undefined; // Decided again for each page and SPA route.
    rules = undefined;
    changes.observe(doc.documentElement);
    fullPending = true;
    loop.schedule(0);
  }

  function stop() {
    generation += 1;
    fullPending = false;
    loop.cancel();
    changes.disconnect();
    store.clear();
  }

  function startPage() {
    recognizer.startPage();
    scoredAt = 0;
  }

  function newPage() {
    if (!options.enabled) return;
    startPage();
    stop();
    start();
  }

  function onMutations() {
    navigation.check();
    loop.schedule(MIN_GAP_MS);
  }

  /** A block's mentions a window at a time (Recognizer.find); timed for the stats when worked out here. */
  function recognize(block: TextBlock, clock: SliceClock): Iterator<Recognized, void, undefined> {
    // A block is keyed by its first text node: scanned again, it replaces its own evidence.
    const steps = recognizer.find(block.text, options.languages, block.nodes[0]!);
    if (recognizer.judgesElsewhere) return steps;
    return timedSteps(steps, clock, (ms) => (stats.recognizeMs += ms));
  }

  /**
   * Blocks judged before the rest of the page was known are judged again once the page's evidence
   * has moved (a page full of mineral names makes "lead" the metal in its first paragraph too).
   * Arithmetic on each mention's basis: no text is read again. In steps, pausing when the slice is
   * spent: a hostile block's 185,000 mentions took 100 ms and more in one go.
   */
  async function rescore(clock: SliceClock, alive: () => boolean): Promise<void> {
    const revision = recognizer.revision();
    if (revision === scoredAt) return;
    const steps = store.rescore((mentions, key) => recognizer.rescore(mentions, key), revision);
    clock.lap();
    for (;;) {
      const step = steps.next();
      stats.recognizeMs += clock.lap(); // Since the last reading: the start, or the look at the slice.
      if (step.done) break;
      if (clock.expired()) {
        await clock.pause();
        if (!alive()) {
          steps.return();
          return;
        }
      }
    }
    scoredAt = revision;
  }

  /** One pass: the whole page, or the changes batched since the last pass. Returns its busy time. */
  async function pass(): Promise<number> {
    const gen = generation;
    const clock = createSliceClock();
    const startedAt = performance.now();
    const ctx: PassContext = {
      doc,
      store,
      clock,
      recognize: (block) => recognize(block, clock),
      lookAhead: (blocks) =>
        recognizer.lookAhead?.(
          blocks.map((b) => b.text),
          options.languages,
        ),
      revision: recognizer.revision,
      recognizerReady: recognizer.ready,
      prepareRecognizer() {
        const started = performance.now();
        recognizer.prepare();
        stats.recognizeMs += performance.now() - started;
      },
      discover(root) {
        changes.observe(root);
        return shadows.adopt(root);
      },
      alive: () => gen === generation && !life.signal.aborted,
      walked: pageBlocks,
    };
    if (painter.count() > 0) sheet.adopt(doc); // Back in, if the page replaced its adopted sheets.
    const batch = changes.take();
    const full = fullPending || batch.overflow;
    fullPending = false;
    const result = full ? await fullScan(ctx, ++scan) : await applyChanges(ctx, batch, scan);
    if (ctx.alive()) await rescore(clock, ctx.alive);
    clock.stop();
    pageBlocks = ctx.walked;
    if (result === 'stale' && gen === generation) fullPending = true;
    Object.assign(stats, {
      passes: stats.passes + 1,
      fullScans: stats.fullScans + (full ? 1 : 0),
      busyMs: stats.busyMs + clock.busyMs,
      longestSliceMs: Math.max(stats.longestSliceMs, clock.longestMs),
      lastPass: {
        kind: full ? 'full' : 'changes',
        busyMs: clock.busyMs,
        wallMs: performance.now() - startedAt,
      },
    });
    if (store.version !== notified) {
      notified = store.version;
      init.onMentionsChange?.();
    }
    return clock.busyMs;
  }

  function update(patch: Partial<EngineOptions>) {
    const previous = options;
    options = { ...options, ...patch };
    const cost = costOfChange(previous, options);
    if (cost === 'off') stop();
    if (cost === 'rescan') {
      if (previous.enabled) stop();
      startPage();
      start();
    }
    if (cost === 'repaint') {
      stats.repaints++;
      rules = undefined;
      store.repaint();
    }
    if (cost !== 'none') init.onMentionsChange?.();
  }

  function destroy() {
    if (life.signal.aborted) return;
    life.abort();
    stop();
    shadows.release();
    sheet.remove(doc);
  }

  /** Whether a found mention's text is shown (visibility.ts): hidden text is neither listed nor hit. */
  const shownBy = (visible: (node: Node) => boolean) => (found: Found) =>
    visible(locate(found.stored.block, found.mention.start, 'start').node);

  function hitTest(x: number, y: number): PageMention | null {
    const found = options.enabled ? hits.foundAt(x, y) : null;
    return found && shownBy(createVisibilityMemo())(found) ? toPageMention(found, doc.URL) : null;
  }

  init.signal?.addEventListener('abort', destroy, { once: true });
  if (options.enabled) start();

  return {
    update,
    async idle() {
      if (options.enabled && !life.signal.aborted && changes.pending()) loop.schedule(MIN_GAP_MS);
      await loop.idle();
      await near.settled();
    },
    mentions(limit = Infinity) {
      if (!options.enabled) return [];
      const shown = shownBy(createVisibilityMemo());
      const list: PageMention[] = [];
      for (const found of store.accepted()) {
        if (list.length >= limit) break;
        if (shown(found)) list.push(toPageMention(found, doc.URL));
      }
      return list;
    },
    hasMentions: () => options.enabled && store.anyAccepted(shownBy(createVisibilityMemo())),
    reveal(index) {
      if (!options.enabled) return { ok: false, reason: 'off' };
      const found = store.get(index);
      if (!found || !revealRange(doc, store.rangeOf(found), painter))
        return { ok: false, reason: 'unknown-mention' };
      return { ok: true };
    },
    revealText: (range) => revealRange(doc, range, painter),
    rescan() {
      if (!options.enabled || life.signal.aborted) return;
      stop();
      startPage();
      start();
      init.onMentionsChange?.();
    },
    hide(indices) {
      let hidden = false;
      for (const index of indices) hidden = store.hide(index) || hidden;
      if (!hidden) return false;
      notified = store.version;
      init.onMentionsChange?.();
      return true;
    },
    hitTest,
    rectsOf(index) {
      const found = store.get(index);
      return found ? hits.rectsOf(found) : [];
    },
    onDwell(handlers, options) {
      const off = new AbortController();
      watchDwell(doc, hitTest, handlers, { ...options, signal: AbortSignal.any([off.signal, life.signal]) });
      return () => off.abort();
    },
    stats: () => ({ ...stats, candidates: store.size, painted: painter.count() }),
    destroy,
  };
}
