import { createTextReader, loadNameTest, mayName, StaleReadError, TEXT_NODE, textsUnder } from './frame-text';
import type { NameTest } from '@/lib/recognize/name-starts';

/**
 * Calls `onName` once, when the document's text first may name a term (now, or once text is added
 * or changed), unless `signal` aborts first: what decides whether a frame loads the engine
 * (entrypoints/content/index.ts). The document is read once, in slices of SLICE_MS so that a long
 * page naming nothing never holds the main thread; after that only what each mutation adds or
 * changes is read, with the text nodes beside it (a word may run on from a neighbour).
 */
const SLICE_MS = 8;
/** Texts read between two looks at the clock. */
const TEXTS_PER_LOOK = 64;
/** A read the page keeps pulling out from under is given up on: the engine loads and decides. */
const MAX_RESTARTS = 3;

const isText = (node: Node | null): node is Text => node?.nodeType === TEXT_NODE;

export function whenNameMayAppear(doc: Document, signal: AbortSignal, onName: () => void): void {
  // Made on the first text read: a frame with none (an ad's box) never parses the starts.
  let made: NameTest | undefined;
  const test: NameTest = (text) => (made ??= loadNameTest())(text);
  let done = signal.aborted;
  const found = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    onName();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      if (nodes.length === 0) continue;
      const before = nodes[0]!.previousSibling;
      const after = nodes[nodes.length - 1]!.nextSibling;
      const roots = [...(isText(before) ? [before] : []), ...nodes, ...(isText(after) ? [after] : [])];
      if (mayName(roots, test, watch)) return found();
    }
  });
  // A mutation observer does not see into shadow roots: each one met is watched too.
  const watch = (root: Node) =>
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    done = true;
    observer.disconnect();
  });
  if (done) return;
  watch(doc);
  readInSlices(doc, test, watch, () => done, found);
}

/** The first read of the whole document, a slice per task; `found` once it may name a term. */
function readInSlices(
  doc: Document,
  test: NameTest,
  watch: (root: ShadowRoot) => void,
  stopped: () => boolean,
  found: () => void,
): void {
  let restarts = 0;
  let texts = textsUnder(doc.documentElement, watch);
  let reader = createTextReader(test);
  const slice = () => {
    if (stopped()) return;
    // Timed from its first look at the clock: a frame with fewer texts (an ad's box) never reads it,
    // nor makes the content script's world build the `performance` object.
    let deadline = Infinity;
    try {
      for (let n = 1; ; n++) {
        const next = texts.next();
        if (next.done) return void (reader.end() && found());
        if (reader.add(next.value)) return found();
        if (n % TEXTS_PER_LOOK !== 0) continue;
        const now = performance.now();
        if (deadline === Infinity) deadline = now + SLICE_MS;
        else if (now > deadline) return void setTimeout(slice, 0);
      }
    } catch (error) {
      if (!(error instanceof StaleReadError)) throw error;
      if (++restarts > MAX_RESTARTS) return found();
      texts = textsUnder(doc.documentElement, watch);
      reader = createTextReader(test);
      setTimeout(slice, 0);
    }
  };
  slice();
}
