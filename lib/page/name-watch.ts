import { createTextReader, loadNameTest, mayName, StaleReadError, TEXT_NODE, textsUnder } from './frame-text';
import {
  AMBIGUOUS_NAME,
  NO_NAME,
  SURE_NAME,
  type NameKind,
  type NameTest,
} from '@/lib/recognize/name-starts';

/**
 * Tells `onName` what the document's text may name, until `signal` aborts: what decides whether a
 * frame loads the engine (entrypoints/content/index.ts). SURE_NAME comes once, when a key that may
 * be a name in any sentence first may start (now, or once text is added or changed), and ends the
 * watch. AMBIGUOUS_NAME comes when the first read met only ambiguous words ("lead", "tin"), and
 * again whenever a change adds more: the caller asks the background about the frame's text
 * (probe-frame.ts) and the watch goes on. The document is read once, in slices of SLICE_MS so that a
 * long page naming nothing never holds the main thread; after that only what each mutation adds or
 * changes is read, with the text nodes beside it (a word may run on from a neighbour).
 */
const SLICE_MS = 8;
/** Texts read between two looks at the clock. */
const TEXTS_PER_LOOK = 64;
/** A read the page keeps pulling out from under is given up on: the engine loads and decides. */
const MAX_RESTARTS = 3;

const isText = (node: Node | null): node is Text => node?.nodeType === TEXT_NODE;

export function whenNameMayAppear(
  doc: Document,
  signal: AbortSignal,
  onName: (kind: NameKind) => void,
): void {
  // Made on the first text read: a frame with none (an ad's box) never parses the starts.
  let made: NameTest | undefined;
  const test: NameTest = (text) => (made ??= loadNameTest())(text);
  let done = signal.aborted;
  const found = (kind: NameKind) => {
    if (done || kind === NO_NAME) return;
    if (kind === SURE_NAME) {
      done = true;
      observer.disconnect();
    }
    onName(kind);
  };
  const observer = new MutationObserver((records) => {
    let met: NameKind = NO_NAME;
    for (const record of records) {
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      if (nodes.length === 0) continue;
      const before = nodes[0]!.previousSibling;
      const after = nodes[nodes.length - 1]!.nextSibling;
      const roots = [...(isText(before) ? [before] : []), ...nodes, ...(isText(after) ? [after] : [])];
      const kind = mayName(roots, test, watch);
      if (kind === SURE_NAME) return found(kind);
      if (kind === AMBIGUOUS_NAME) met = kind;
    }
    found(met);
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
  found: (kind: NameKind) => void,
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
        if (next.done) return found(reader.end());
        if (reader.add(next.value)) return found(SURE_NAME);
        if (n % TEXTS_PER_LOOK !== 0) continue;
        const now = performance.now();
        if (deadline === Infinity) deadline = now + SLICE_MS;
        else if (now > deadline) return void setTimeout(slice, 0);
      }
    } catch (error) {
      if (!(error instanceof StaleReadError)) throw error;
      if (++restarts > MAX_RESTARTS) return found(SURE_NAME);
      texts = textsUnder(doc.documentElement, watch);
      reader = createTextReader(test);
      setTimeout(slice, 0);
    }
  };
  slice();
}
