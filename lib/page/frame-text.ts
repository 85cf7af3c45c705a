import type { NameAnswer } from '@/lib/background/name-test';
import type { ProbeAnswer } from '@/lib/background/probe-frame';
import { MAX_PROBE_CHARS, NAME_TEST_CHUNK, NAME_TEST_TEXTS } from '@/lib/messaging/probe-limits';
import { NO_NAME, SURE_NAME, type NameKind } from '@/lib/recognize/name-starts';
import type { ProbeYes } from './remote-recognizer';
import { ELEMENT_NODE, isSkippedElement, TEXT_NODE } from './skip-rules';
import { collectBlocks } from './text-blocks';

/**
 * Reading a frame's text to tell whether it may name a term: most pages a reader opens name none,
 * and ad and embed frames often have no text at all. Until a frame's text may name one, the
 * content script's bulk (engine, recognizer, settings: content-main.js) is not loaded there
 * (name-watch.ts, entrypoints/content/index.ts). The frame reads its text into chunks and the
 * background tests them (`name/test`) with the recognizer's own word lookup
 * (lib/recognize/name-starts.ts), so a frame it passes over has no mention to find. The test runs
 * there, warm, once for every frame: run here, cold in each frame, with its tables parsed there
 * too, it was most of what a page naming no term paid.
 *
 * The first read is of the frame's blocks, the engine's own (collectBlocks). When they all fit one
 * question, as an article's do, the question says so (`whole`) and the background answers it as it
 * would the frame's probe (lib/background/probe-frame.ts): no mention shown, or the judgements of
 * every block, which the engine then starts with. One message, where a frame sent its text to be
 * tested, its blocks to be probed, and the engine its blocks again to be judged.
 */
/** Enough of a text's start or end for a key's first two words (the longest is under 40 characters). */
const SEAM = 128;

/** Asks the background (`name/test`): undefined, or a rejection, if it cannot tell. */
export type AskNames = (texts: string[], whole: boolean) => Promise<NameAnswer | undefined>;
/**
 * What a frame hears of its text: what it may name, or for a whole text asked at once, the
 * background's word on it (false: no mention would be shown; else the judgements, with the texts).
 */
export type FrameVerdict = NameKind | false | ProbeYes;

/** A yes that carries a judgement for every block sent. */
export const isJudged = (
  answer: ProbeAnswer | undefined,
  blocks: number,
): answer is Exclude<ProbeAnswer, false> =>
  typeof answer === 'object' && answer !== null && answer.judged?.length === blocks;

/**
 * A character that may be inside a word as the recognizer reads it: ASCII \w, Latin-1 and Latin
 * Extended letters, and what it removes or composes first (soft hyphen, zero-width characters,
 * combining accents: canonical-text.ts), so that "lith&shy;<b>ium</b>" is tested glued too.
 */
const isWordCode = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ||
  code === 0x5f ||
  (code >= 0xc0 && code <= 0x24f) ||
  (code >= 0x300 && code <= 0x36f) ||
  code === 0xad ||
  (code >= 0x200b && code <= 0x200d) ||
  code === 0x2060 ||
  code === 0xfeff;

/** The word `data` ends with (its last SEAM characters at most: no key is longer). */
function trailingWord(data: string): string {
  let at = data.length;
  while (at > data.length - SEAM && at > 0 && isWordCode(data.charCodeAt(at - 1))) at--;
  return data.slice(at);
}

/** The node after `node` in document order, without leaving `root`; past its children if `skip`. */
function following(node: Node, root: Node, skip: boolean): Node | null {
  if (!skip && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode)
    if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * The data of the readable text nodes under `root`, in document order, open shadow roots included
 * (each reported to `onShadowRoot` as it is met): what a change to the page added. What the engine
 * skips is skipped here too, whole (form fields, editors, code, the extension's own card:
 * skip-rules.ts): it holds no mention, and what a reader types is never sent to be tested.
 */
export function* textsUnder(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Generator<string> {
  for (let node: Node | null = root; node;) {
    let skip = false;
    if (node.nodeType === TEXT_NODE) yield (node as Text).data;
    else if (node.nodeType === ELEMENT_NODE) {
      skip = isSkippedElement(node as Element);
      const shadow = (node as Element).shadowRoot;
      if (shadow && !skip) {
        onShadowRoot?.(shadow);
        yield* textsUnder(shadow, onShadowRoot);
      }
    }
    node = following(node, root, skip);
  }
}

/**
 * The texts of the document's blocks as the engine reads them (scan-passes.ts's fullScan): the
 * body's, then each open shadow root's as it is met (and reported to `onShadowRoot`). Meant to be
 * read in slices: a read resumed after the page removed its place throws StaleWalkError.
 */
export function* blockTexts(doc: Document, onShadowRoot?: (root: ShadowRoot) => void): Generator<string> {
  const roots: Node[] = [doc.body ?? doc.documentElement];
  const met = (root: ShadowRoot) => {
    roots.push(root);
    onShadowRoot?.(root);
  };
  for (const root of roots) for (const block of collectBlocks(root, { onShadowRoot: met })) yield block.text;
}

/**
 * Texts fed in document order, cut into chunks for the name test, each chunk handed to `emit` once it
 * holds about NAME_TEST_CHUNK characters or NAME_TEST_TEXTS texts, and the last at `end`, told
 * whether it is the whole of what was fed. A text longer than a chunk goes in pieces, one per `add`
 * (which says where the next starts, or -1), that overlap by SEAM characters, so that no key is cut
 * in two; a cut may make a word start where none did, so the test may then say yes where it would
 * not, never no. Texts that are text nodes (`glue`: what a change added) are added glued as well
 * where a word runs on from one into the next, as inline markup inside a word ("lith<b>ium</b>")
 * reads to the engine; blocks hold their inline text already, and go as they are.
 */
function createTextChunker(emit: (texts: string[], whole: boolean) => void, glue: boolean) {
  let chunk: string[] = [];
  let size = 0;
  let last = '';
  let whole = true; // Until a chunk goes early, or a text is cut.
  const push = (piece: string) => {
    chunk.push(piece);
    size += piece.length;
    if (size < NAME_TEST_CHUNK && chunk.length < NAME_TEST_TEXTS) return;
    whole = false;
    emit(chunk, false);
    // The next chunk starts with this one's end: two words of a key may sit either side.
    chunk = glue ? [last.slice(-SEAM)] : [];
    size = 0;
  };
  return {
    add(data: string, from: number): number {
      if (from === 0) {
        if (!/\S/.test(data)) return -1;
        if (glue && isWordCode(last.charCodeAt(last.length - 1)) && isWordCode(data.charCodeAt(0)))
          push(trailingWord(last) + data.slice(0, SEAM));
      }
      const end = from + NAME_TEST_CHUNK + SEAM;
      if (from > 0 || end < data.length) whole = false;
      last = data.slice(from, end);
      push(last);
      return end < data.length ? from + NAME_TEST_CHUNK : -1;
    },
    end() {
      if (size > 0) emit(chunk, whole);
      chunk = [];
      size = 0;
    },
  };
}

/**
 * What the questions about a frame's texts come to, told to `onHeard` once: SURE_NAME as soon as a
 * chunk may name a sure key, the background's verdict on a whole text asked at once, else, once
 * `close` has been called and every chunk is answered, the most any chunk met. A chunk the
 * background cannot answer counts as a sure name: the engine loads and decides, as it did before the
 * test existed; so does text past MAX_PROBE_CHARS, the most a frame asks about before its engine
 * would (the engine then sends its blocks a run at a time).
 */
function createVerdictTally(ask: AskNames, onHeard: (heard: FrameVerdict) => void) {
  let pending = 0;
  let closed = false;
  let met: NameKind = NO_NAME;
  let verdict: false | ProbeYes | undefined;
  let told = false;
  let asked = 0;
  const settle = () => {
    if (told) return;
    if (verdict !== undefined) onHeard(verdict);
    else if (met === SURE_NAME || (closed && pending === 0)) onHeard(met);
    else return;
    told = true;
  };
  const answered = (texts: string[], answer: NameAnswer | undefined) => {
    pending--;
    // No answer (the extension went away, or refused) counts as a sure name.
    if (answer === undefined) met = SURE_NAME;
    else if (typeof answer === 'number') met = Math.max(met, answer) as NameKind;
    // A yes short of a judgement per block loads the engine, which asks for its own.
    else if (answer === false || isJudged(answer, texts.length)) verdict = answer && { ...answer, texts };
    else met = SURE_NAME;
    settle();
  };
  return {
    /** Whether `onHeard` has heard: nothing more need be read. */
    told: () => told,
    /** Resolves once the chunk is answered. */
    ask(texts: string[], whole: boolean): Promise<void> {
      for (const text of texts) asked += text.length;
      if (asked > MAX_PROBE_CHARS) {
        met = SURE_NAME;
        settle();
        return Promise.resolve();
      }
      pending++;
      return ask(texts, whole).then(
        (answer) => answered(texts, answer),
        () => answered(texts, undefined),
      );
    },
    close() {
      closed = true;
      settle();
    },
  };
}

/** Where a read of texts stands after `read`: waiting for an answer, stopped for now, or done. */
export type ReadStep = Promise<void> | 'paused' | 'ended';

/**
 * The name test's questions about texts read in order (`blocks`: the frame's blocks, at its first
 * read; else text nodes a change added): `onHeard` hears once what they come to
 * (createVerdictTally). `read` reads on until a chunk is asked about (it returns the answer's
 * promise: read on once it comes), `more` says to stop for now, or the texts end or need no more
 * reading. One question at a time: a page naming a term near its top is read no further than its
 * first chunk, and a text of a megabyte goes as one question after another, not all at once.
 */
export function createNameQuestions(ask: AskNames, onHeard: (heard: FrameVerdict) => void, blocks: boolean) {
  const tally = createVerdictTally(ask, onHeard);
  let asked: Promise<void> | undefined;
  const chunker = createTextChunker(
    (texts, whole) => void (asked = tally.ask(texts, blocks && whole)),
    !blocks,
  );
  let data = '';
  let at = -1; // Where the text being read goes on, or -1 once it is read.
  return {
    read(texts: Iterator<string>, more: () => boolean): ReadStep {
      for (;;) {
        if (tally.told()) return 'ended';
        if (at < 0) {
          const next = texts.next();
          if (next.done) {
            chunker.end();
            tally.close();
            return asked ?? 'ended';
          }
          data = next.value;
          at = 0;
        }
        at = chunker.add(data, at);
        if (asked) {
          const answer = asked;
          asked = undefined;
          return answer;
        }
        if (!more()) return 'paused';
      }
    },
  };
}

/** What the text under `roots`, in order, may name (what a change added), read now, asked in turn. */
export function mayName(
  roots: readonly Node[],
  ask: AskNames,
  onShadowRoot?: (root: ShadowRoot) => void,
): Promise<FrameVerdict> {
  const texts = roots.flatMap((root) => [...textsUnder(root, onShadowRoot)]).values();
  return new Promise((resolve) => {
    const questions = createNameQuestions(ask, resolve, false);
    const readOn = () => {
      const step = questions.read(texts, () => true);
      if (typeof step === 'object') void step.then(readOn);
    };
    readOn();
  });
}
