import { MAX_PROBE_CHARS, NAME_TEST_CHUNK } from '@/lib/messaging/probe-limits';
import { NO_NAME, SURE_NAME, type NameKind } from '@/lib/recognize/name-kind';
import { ELEMENT_NODE, isSkippedElement, TEXT_NODE } from './skip-rules';

/**
 * Reading a frame's text to tell whether it may name a term: most pages a reader opens name none,
 * and ad and embed frames often have no text at all. Until a frame's text may name one, the
 * content script's bulk (engine, recognizer, settings: content-main.js) is not loaded there
 * (name-watch.ts, entrypoints/content/index.ts). The frame reads its text into chunks and the
 * background tests them (`name/test`) with the recognizer's own word lookup
 * (lib/recognize/name-starts.ts), so a frame it passes over has no mention to find. The test runs
 * there, warm, once for every frame: run here, cold in each frame, with its tables parsed there
 * too, it was most of what a page naming no term paid.
 */
/** Enough of a text's start or end for a key's first two words (the longest is under 40 characters). */
const SEAM = 128;

/** Asks what a chunk of text may name (the background's name test): undefined, or a rejection, if it cannot tell. */
export type AskNameKind = (text: string) => Promise<NameKind | undefined>;

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

/** Thrown into a paused read whose place the page removed: the read starts again. */
export class StaleReadError extends Error {}

/** The node after `node` in document order, without leaving `root`; past its children if `skip`. */
function following(node: Node, root: Node, skip: boolean): Node | null {
  if (!skip && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode)
    if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * The data of the readable text nodes under `root`, in document order, open shadow roots included
 * (each reported to `onShadowRoot` as it is met). What the engine skips is skipped here too, whole
 * (form fields, editors, code, the extension's own card: skip-rules.ts): it holds no mention, and
 * what a reader types is never sent to be tested. Meant to be read in slices: a read resumed after
 * the page removed its place throws StaleReadError, rather than quietly ending early.
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
    if (!node.isConnected && root.isConnected) throw new StaleReadError();
    node = following(node, root, skip);
  }
}

/**
 * Text fed in document order, cut into chunks for the name test: texts joined by line breaks, as
 * blocks would be, about NAME_TEST_CHUNK characters at a time, each chunk handed to `emit` as it
 * fills. Where a word runs on from one text into the next, the two are added glued as well, as
 * inline markup inside a word ("lith<b>ium</b>") reads to the engine. A text longer than a chunk
 * goes in pieces, one per `add` (which says where the next starts, or -1), that overlap by SEAM
 * characters, so that no key is cut in two; a cut may make a word start where none did, so the test
 * may then say yes where it would not, never no.
 */
function createTextChunker(emit: (chunk: string) => void): {
  add(data: string, from: number): number;
  end(): void;
} {
  let chunk: string[] = [];
  let size = 0;
  let last = '';
  const push = (piece: string) => {
    chunk.push(piece);
    size += piece.length;
    if (size < NAME_TEST_CHUNK) return;
    emit(chunk.join('\n'));
    // The next chunk starts with this one's end: two words of a key may sit either side.
    chunk = [last.slice(-SEAM)];
    size = 0;
  };
  return {
    add: (data, from) => {
      if (from === 0) {
        if (!/\S/.test(data)) return -1;
        if (isWordCode(last.charCodeAt(last.length - 1)) && isWordCode(data.charCodeAt(0)))
          push(trailingWord(last) + data.slice(0, SEAM));
      }
      const end = from + NAME_TEST_CHUNK + SEAM;
      last = data.slice(from, end);
      push(last);
      return end < data.length ? from + NAME_TEST_CHUNK : -1;
    },
    end: () => {
      if (size > 0) emit(chunk.join('\n'));
      chunk = [];
      size = 0;
    },
  };
}

/**
 * What chunks of text may name, asked as they come: `onKind` hears SURE_NAME as soon as a chunk may
 * name a sure key, else, once `close` has been called and every chunk is answered, the most any
 * chunk met. A chunk the background cannot answer counts as a sure name: the engine loads and
 * decides, as it did before the test existed; so does text past MAX_PROBE_CHARS, the most a frame
 * asks about before its engine would (the engine then sends its blocks a run at a time).
 */
function createKindTally(ask: AskNameKind, onKind: (kind: NameKind) => void) {
  let pending = 0;
  let closed = false;
  let met: NameKind = NO_NAME;
  let told = false;
  let asked = 0;
  const settle = () => {
    if (told || (met !== SURE_NAME && !(closed && pending === 0))) return;
    told = true;
    onKind(met);
  };
  // No answer (the extension went away, or refused) counts as a sure name.
  const answered = (kind: NameKind | undefined) => {
    pending--;
    const said = typeof kind === 'number' ? kind : SURE_NAME;
    if (said > met) met = said;
    settle();
  };
  return {
    /** Whether `onKind` has heard: nothing more need be read. */
    told: () => told,
    /** Resolves once the chunk is answered. */
    ask(chunk: string): Promise<void> {
      if ((asked += chunk.length) > MAX_PROBE_CHARS) {
        met = SURE_NAME;
        settle();
        return Promise.resolve();
      }
      pending++;
      return ask(chunk).then(answered, () => answered(SURE_NAME));
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
 * The name test's questions about texts read in order: `onKind` hears once what they may name
 * (createKindTally). `read` reads on until a chunk is asked about (it returns the answer's promise:
 * read on once it comes), `more` says to stop for now, or the texts end or need no more reading. One
 * question at a time: a page naming a term near its top is read no further than its first chunk,
 * and a text of a megabyte goes as one question after another, not all at once.
 */
export function createNameQuestions(ask: AskNameKind, onKind: (kind: NameKind) => void) {
  const tally = createKindTally(ask, onKind);
  let asked: Promise<void> | undefined;
  const chunker = createTextChunker((chunk) => void (asked = tally.ask(chunk)));
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

/** What the text under `roots`, in order, may name (what a mutation adds), read now, asked in turn. */
export function mayName(
  roots: readonly Node[],
  ask: AskNameKind,
  onShadowRoot?: (root: ShadowRoot) => void,
): Promise<NameKind> {
  const texts = roots.flatMap((root) => [...textsUnder(root, onShadowRoot)]).values();
  return new Promise((resolve) => {
    const questions = createNameQuestions(ask, resolve);
    const readOn = () => {
      const step = questions.read(texts, () => true);
      if (typeof step === 'object') void step.then(readOn);
    };
    readOn();
  });
}
