import type { Mention } from '@/lib/recognize';
import type { Lang } from '@/lib/recognize/match-index';

/**
 * Recognition as the engine sees it: injected, so the engine depends on nothing but this shape and
 * the bench and tests can hand in the same function the content script uses.
 */
export interface Recognizer {
  /**
   * Every candidate in one block of text (offsets into `text`); the engine applies the threshold.
   * `key` stands for the block on the page, so a block scanned again replaces what it said before.
   * In steps, a window of the text each (lib/recognize/text-windows.ts), for the engine to yield
   * to the page between: an ordinary block is one step, a 1 MB text node five hundred or so. A
   * step may be a promise: the background judges the block (lib/page/remote-recognizer.ts).
   */
  find(text: string, languages: readonly Lang[], key: object): Iterator<Recognized, void, undefined>;
  /**
   * The texts `find` is about to be asked for, in order: a recognizer elsewhere judges them in one
   * request (lib/page/remote-recognizer.ts). A local one has no use for it.
   */
  lookAhead?(texts: readonly string[], languages: readonly Lang[]): void;
  /**
   * The judging is done in another context (remote-recognizer.ts): `find`'s steps only decide, and
   * the engine does not time them as this frame's recognizing (a clock reading per block).
   */
  readonly judgesElsewhere?: boolean;
  /**
   * Bumps when what the page as a whole says has moved enough to change a judgement already made:
   * a block near the top was judged before the rest of the page was known.
   */
  revision(): number;
  /** A block's mentions judged again under the page as it stands now; reads no text. */
  rescore(mentions: readonly Mention[], key: object): Mention[];
  /** A new page began (load or SPA route): page-level evidence starts afresh. */
  startPage(): void;
  /** Whether the one-off set-up is done; without it, the first `find` compiles the matcher itself. */
  ready(): boolean;
  /**
   * One step of the set-up: compiling the matcher, in steps. The engine gives each step a slice of
   * its own, where the first block would have taken them in one long task.
   */
  prepare(): void;
}

/** A step's mentions: found here and now, or judged elsewhere and on their way. */
export type Recognized = Mention[] | Promise<Mention[]>;

interface Options<P> {
  threshold?: number;
  languages?: readonly Lang[];
  page?: P;
  blockKey?: unknown;
}

/** The recognizer's public functions (lib/recognize), taken as parameters rather than imported. */
export interface RecognizerParts<M, P extends { readonly revision: number }> {
  /**
   * Compiles the matcher, a step per `next()`; started on the first block to recognize, so that a
   * frame or a page with no text, or a site the user switched off, never pays for it.
   */
  compile(): Iterator<unknown, M, undefined>;
  findInWindows(matcher: M, text: string, options: Options<P>): Iterator<Mention[], void, undefined>;
  rescoreMentions(mentions: readonly Mention[], options: Options<P>): Mention[];
  createPageContext(): P;
}

/**
 * Binds `findInWindows` to a matcher, compiled in `prepare` or on first use, and a page context.
 * Threshold 0: the engine keeps every candidate so a threshold change re-filters what it has
 * instead of rescanning.
 */
export function bindRecognizer<M, P extends { readonly revision: number }>({
  compile,
  findInWindows,
  rescoreMentions,
  createPageContext,
}: RecognizerParts<M, P>): Recognizer {
  let matcher: M | undefined;
  const setUp = (function* () {
    const compiling = compile();
    for (let step = compiling.next(); ; step = compiling.next()) {
      if (step.done) {
        matcher = step.value;
        break;
      }
      yield;
    }
    // No warm-up run: it was there to have V8 compile the one 20 kB match regex off the first
    // block. The key finder (lib/recognize/key-matches.ts) compiles a small regex per first word
    // the page's words need, when they need it; warming one (the "g" of "gallium", when they were
    // per initial) only cost every page its compile (start-up-phases.ts, plain and article pages: less extension JS without).
  })();
  let ready = false;
  const prepare = () => {
    if (!ready) ready = setUp.next().done === true;
  };
  let page = createPageContext();
  return {
    find: (text, languages, key) => {
      while (matcher === undefined) prepare(); // Not set up by the engine: compile at one go.
      return findInWindows(matcher!, text, { threshold: 0, languages, page, blockKey: key });
    },
    revision: () => page.revision,
    rescore: (mentions, key) => rescoreMentions(mentions, { threshold: 0, page, blockKey: key }),
    startPage: () => {
      page = createPageContext();
    },
    ready: () => ready,
    prepare,
  };
}
