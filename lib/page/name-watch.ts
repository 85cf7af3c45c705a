import { NO_NAME, SURE_NAME, type NameKind } from '@/lib/recognize/name-kind';
import { createNameQuestions, mayName, StaleReadError, textsUnder, type AskNameKind } from './frame-text';
import { isInsideSkipped, TEXT_NODE } from './skip-rules';

/**
 * Tells `onName` what the document's text may name, until `signal` aborts: what decides whether a
 * frame loads the engine (entrypoints/content/index.ts). SURE_NAME comes once, when a key that may
 * be a name in any sentence first may start (now, or once text is added or changed), and ends the
 * watch. AMBIGUOUS_NAME comes when the first read met only ambiguous words ("lead", "tin"), and
 * again whenever a change adds more: the caller asks the background about the frame's text
 * (probe-frame.ts) and the watch goes on. The document is read once, in slices of SLICE_MS so that a
 * long page naming nothing never holds the main thread, its chunks tested by `ask` (the
 * background's name test) as they fill; after that only what each mutation adds or changes is
 * read, with the text nodes beside it (a word may run on from a neighbour).
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
  ask: AskNameKind,
): void {
  let done = signal.aborted;
  const found = (kind: NameKind) => {
    if (done || kind === NO_NAME) return;
    if (kind === SURE_NAME) {
      done = true;
      observer.disconnect();
    }
    onName(kind);
  };
  // What mutations added, asked about one batch at a time: a page that changes its text many times
  // a second (a ticker, a hostile page) sends the background one question at a time, with all that
  // came meanwhile.
  let queued: Node[] = [];
  let asking = false;
  const askQueued = () => {
    if (asking || done || queued.length === 0) return;
    const roots = queued;
    queued = [];
    asking = true;
    void mayName(roots, ask, watch).then((kind) => {
      asking = false;
      found(kind);
      askQueued();
    });
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      // Typing in a form field or an editor: never read, as the engine never reads it.
      if (isInsideSkipped(record.target)) continue;
      const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      if (nodes.length === 0) continue;
      const before = nodes[0]!.previousSibling;
      const after = nodes[nodes.length - 1]!.nextSibling;
      // Each record's nodes together, with the texts beside them: a word may run on from one.
      queued.push(...(isText(before) ? [before] : []), ...nodes, ...(isText(after) ? [after] : []));
    }
    askQueued();
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
  readInSlices(doc, ask, watch, () => done, found);
}

/**
 * The first read of the whole document, a slice per task, each chunk's answer awaited before it
 * reads on; `found` once it may name a term. A read started again (the page pulled its place away)
 * asks anew: a sure name the earlier one met still counts, as the page's text it was.
 */
function readInSlices(
  doc: Document,
  ask: AskNameKind,
  watch: (root: ShadowRoot) => void,
  stopped: () => boolean,
  found: (kind: NameKind) => void,
): void {
  let restarts = 0;
  let texts = textsUnder(doc.documentElement, watch);
  let questions = createNameQuestions(ask, found);
  const slice = () => {
    if (stopped()) return;
    // Timed from its first look at the clock: a frame with fewer texts (an ad's box) never reads it,
    // nor makes the content script's world build the `performance` object.
    let deadline = Infinity;
    let n = 0;
    const more = () => {
      if (++n % TEXTS_PER_LOOK !== 0) return true;
      const now = performance.now();
      if (deadline === Infinity) deadline = now + SLICE_MS;
      return now <= deadline;
    };
    try {
      const step = questions.read(texts, more);
      if (step === 'paused') setTimeout(slice, 0);
      else if (step !== 'ended') void step.then(slice);
    } catch (error) {
      if (!(error instanceof StaleReadError)) throw error;
      if (++restarts > MAX_RESTARTS) return found(SURE_NAME);
      texts = textsUnder(doc.documentElement, watch);
      questions = createNameQuestions(ask, found);
      setTimeout(slice, 0);
    }
  };
  slice();
}
