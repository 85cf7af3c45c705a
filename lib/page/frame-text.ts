import text from '../../data/generated/name-starts.json?raw';
import {
  createNameTest,
  NO_NAME,
  SURE_NAME,
  type NameKind,
  type NameStarts,
  type NameTest,
} from '@/lib/recognize/name-starts';

/**
 * Reading a frame's text to tell whether it may name a term: most pages a reader opens name none,
 * and ad and embed frames often have no text at all. Until a frame's text may name one, the
 * content script's bulk (engine, recognizer, settings: content-main.js) is not loaded there
 * (name-watch.ts, entrypoints/content/index.ts). The test is the recognizer's own word lookup
 * (lib/recognize/name-starts.ts), so a frame it passes over has no mention to find.
 */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Characters tested at once: a long page that names a term near its top stops reading there. */
const CHUNK = 16_384;
/** Enough of a text's start or end for a key's first two words (the longest is under 40 characters). */
const SEAM = 128;

/** The name starts ship as a string, parsed when a frame first has text (see matcher-data.ts). */
export const loadNameTest = (): NameTest => createNameTest(JSON.parse(text) as NameStarts);

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

function trailingWord(data: string): string {
  let at = data.length;
  while (at > 0 && isWordCode(data.charCodeAt(at - 1))) at--;
  return data.slice(at);
}

/** Thrown into a paused read whose place the page removed: the read starts again. */
export class StaleReadError extends Error {}

/**
 * Node types as numbers: reading `Node.TEXT_NODE` (or making a TreeWalker, or reading `NodeFilter`)
 * makes the content script's world build that interface, in every frame, for an ad's empty box too.
 */
export const TEXT_NODE = 3;

/** The node after `node` in document order, without leaving `root`. */
function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode)
    if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * The data of the readable text nodes under `root`, in document order, open shadow roots included
 * (each reported to `onShadowRoot` as it is met). Meant to be read in slices: a read resumed after
 * the page removed its place throws StaleReadError, rather than quietly ending early.
 */
export function* textsUnder(root: Node, onShadowRoot?: (root: ShadowRoot) => void): Generator<string> {
  for (let node: Node | null = root; node; node = following(node, root)) {
    if (node.nodeType === TEXT_NODE) {
      if (!NOT_TEXT.has(node.parentElement?.nodeName ?? '')) yield (node as Text).data;
    } else {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        onShadowRoot?.(shadow);
        yield* textsUnder(shadow, onShadowRoot);
      }
    }
    if (!node.isConnected && root.isConnected) throw new StaleReadError();
  }
}

/**
 * Text fed in document order, told what it may name: texts are tested joined by line breaks, as
 * blocks would be, a chunk at a time; where a word runs on from one text into the next, the two are
 * tested glued as well, as inline markup inside a word ("lith<b>ium</b>") reads to the engine.
 * `add` says yes as soon as a sure name may start; `end` tests what is left and says what was met.
 */
export function createTextReader(test: NameTest): { add(data: string): boolean; end(): NameKind } {
  let chunk: string[] = [];
  let size = 0;
  let last = '';
  let met: NameKind = NO_NAME;
  const seen = (kind: NameKind) => {
    if (kind > met) met = kind;
    return kind === SURE_NAME;
  };
  const flush = () => {
    const sure = chunk.length > 0 && seen(test(chunk.join('\n')));
    // The next chunk starts with this one's end: two words of a key may sit either side.
    chunk = [last.slice(-SEAM)];
    size = 0;
    return sure;
  };
  return {
    add: (data) => {
      if (!/\S/.test(data)) return false;
      const glued =
        isWordCode(last.charCodeAt(last.length - 1)) &&
        isWordCode(data.charCodeAt(0)) &&
        seen(test(trailingWord(last) + data.slice(0, SEAM)));
      if (glued) return true;
      chunk.push(data);
      size += data.length;
      last = data;
      return size >= CHUNK && flush();
    },
    end: () => (flush(), met),
  };
}

/** What the text under `roots`, in order, may name, read at once (what a mutation adds). */
export function mayName(
  roots: readonly Node[],
  test: NameTest,
  onShadowRoot?: (root: ShadowRoot) => void,
): NameKind {
  const reader = createTextReader(test);
  for (const root of roots)
    for (const data of textsUnder(root, onShadowRoot)) if (reader.add(data)) return SURE_NAME;
  return reader.end();
}
