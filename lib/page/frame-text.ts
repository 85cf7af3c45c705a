import text from '../../data/generated/name-starts.json?raw';
import { createNameTest, type NameStarts, type NameTest } from '@/lib/recognize/name-starts';

/**
 * Whether a frame's text may name a term, and waiting until it may: most pages a reader opens name
 * none, and ad and embed frames often have no text at all. Until a frame's text may name one, the
 * content script's bulk (engine, recognizer, settings: content-main.js) is not loaded there
 * (entrypoints/content/index.ts). The test is the recognizer's own word lookup
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

/**
 * Whether the text under `roots`, in order, may name a term. Text nodes are read in document
 * order, open shadow roots included (`shadowRoots` collects those met, for a watcher), joined by
 * line breaks as blocks would be; where a word runs on from one text node into the next, the two
 * are tested glued as well, as inline markup inside a word ("lith<b>ium</b>") reads to the engine.
 */
export function mayName(roots: readonly Node[], test: NameTest, shadowRoots?: ShadowRoot[]): boolean {
  let chunk: string[] = [];
  let size = 0;
  let last = '';
  const flush = () => {
    const hit = chunk.length > 0 && test(chunk.join('\n'));
    // The next chunk starts with this one's end: two words of a key may sit either side.
    chunk = [last.slice(-SEAM)];
    size = 0;
    return hit;
  };
  const add = (data: string): boolean => {
    if (!/\S/.test(data)) return false;
    const glued =
      isWordCode(last.charCodeAt(last.length - 1)) &&
      isWordCode(data.charCodeAt(0)) &&
      test(trailingWord(last) + data.slice(0, SEAM));
    if (glued) return true;
    chunk.push(data);
    size += data.length;
    last = data;
    return size >= CHUNK && flush();
  };
  const read = (root: Node): boolean => {
    if (root.nodeType === Node.TEXT_NODE)
      return !NOT_TEXT.has(root.parentElement?.nodeName ?? '') && add((root as Text).data);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (read(node)) return true;
        continue;
      }
      const shadow = (node as Element).shadowRoot;
      if (!shadow) continue;
      shadowRoots?.push(shadow);
      if (read(shadow)) return true;
    }
    return false;
  };
  return roots.some(read) || flush();
}

const isText = (node: Node | null): node is Text => node?.nodeType === Node.TEXT_NODE;

/**
 * Calls `onName` once, when the document's text first may name a term (now, or once text is added
 * or changed), unless `signal` aborts first. Reads only what each mutation adds or changes, with
 * the text nodes beside it (a word may run on from a neighbour), never the whole frame again.
 */
export function whenNameMayAppear(doc: Document, signal: AbortSignal, onName: () => void): void {
  // Made on the first text read: a frame with none (an ad's box) never parses the starts.
  let made: NameTest | undefined;
  const test: NameTest = (text) => (made ??= loadNameTest())(text);
  const shadowRoots: ShadowRoot[] = [];
  if (mayName([doc.documentElement], test, shadowRoots)) return onName();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      if (nodes.length === 0) continue;
      const before = nodes[0]!.previousSibling;
      const after = nodes[nodes.length - 1]!.nextSibling;
      const roots = [...(isText(before) ? [before] : []), ...nodes, ...(isText(after) ? [after] : [])];
      const found: ShadowRoot[] = [];
      if (mayName(roots, test, found)) {
        observer.disconnect();
        return onName();
      }
      for (const shadow of found) watch(shadow);
    }
  });
  const watch = (root: Node) =>
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  watch(doc);
  // A mutation observer does not see into shadow roots: each one met is watched too.
  for (const shadow of shadowRoots) watch(shadow);
  signal.addEventListener('abort', () => observer.disconnect());
}
