import { MAX_PROBE_CHARS, NAME_TEST_CHUNK } from '@/lib/messaging/probe-limits';
import { NO_NAME, SURE_NAME, type NameKind } from '@/lib/recognize/name-starts';
import { ELEMENT_NODE, isSkippedElement } from './skip-rules';

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

/** Asks what a chunk of text may name (the background's name test); rejects if it cannot tell. */
export type AskNameKind = (text: string) => Promise<NameKind>;

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

/**
 * Node types as numbers: reading `Node.TEXT_NODE` (or making a TreeWalker, or reading `NodeFilter`)
 * makes the content script's world build that interface, in every frame, for an ad's empty box too.
 */
export const TEXT_NODE = 3;

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
 * inline markup inside a word ("lith<b>ium</b>") reads to the engine; a text longer than a chunk is
 * cut into pieces that overlap by SEAM characters, so that no key is cut in two. A cut may make a
 * word start where none did: the test may then say yes where it would not, never no.
 */
export function createTextChunker(emit: (chunk: string) => void): { add(data: string): void; end(): void } {
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
    add: (data) => {
      if (!/\S/.test(data)) return;
      if (isWordCode(last.charCodeAt(last.length - 1)) && isWordCode(data.charCodeAt(0)))
        push(trailingWord(last) + data.slice(0, SEAM));
      for (let at = 0; at < data.length; at += NAME_TEST_CHUNK) {
        last = data.slice(at, at + NAME_TEST_CHUNK + SEAM);
        push(last);
      }
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
 * chunk met. `ask` resolves once that chunk is answered. A chunk the background cannot answer counts as a sure name: the engine loads and
 * decides, as it did before the test existed; so does text past MAX_PROBE_CHARS, the most a frame
 * asks about before its engine would (the engine then sends its blocks a run at a time).
 */
export function createKindTally(
  ask: AskNameKind,
  onKind: (kind: NameKind) => void,
): { ask(chunk: string): Promise<void>; close(): void } {
  let pending = 0;
  let closed = false;
  let met: NameKind = NO_NAME;
  let told = false;
  const tell = (kind: NameKind) => {
    if (told) return;
    told = true;
    onKind(kind);
  };
  const settle = () => {
    if (met === SURE_NAME) tell(SURE_NAME);
    else if (closed && pending === 0) tell(met);
  };
  let asked = 0;
  return {
    ask(chunk) {
      if (met === SURE_NAME) return Promise.resolve();
      if ((asked += chunk.length) > MAX_PROBE_CHARS) {
        met = SURE_NAME;
        settle();
        return Promise.resolve();
      }
      pending++;
      return ask(chunk).then(
        (kind) => {
          pending--;
          if (kind > met) met = kind;
          settle();
        },
        () => {
          pending--;
          met = SURE_NAME;
          settle();
        },
      );
    },
    close() {
      closed = true;
      settle();
    },
  };
}

/** What the text under `roots`, in order, may name, read at once (what a mutation adds). */
export function mayName(
  roots: readonly Node[],
  ask: AskNameKind,
  onShadowRoot?: (root: ShadowRoot) => void,
): Promise<NameKind> {
  return new Promise((resolve) => {
    const tally = createKindTally(ask, resolve);
    const chunker = createTextChunker(tally.ask);
    for (const root of roots) for (const data of textsUnder(root, onShadowRoot)) chunker.add(data);
    chunker.end();
    tally.close();
  });
}
