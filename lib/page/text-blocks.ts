import { blockContainerOf, isInline, isSkippedElement, TEXT_NODE } from './skip-rules';

/**
 * One run of text as a reader sees it: the text nodes of one block element between block
 * boundaries, concatenated, so phrases across inline markup match ("rare <b>earth</b> elements").
 * `<br>` and skipped elements (code, inputs) inside the run become "\n", which is in no node.
 * The page's nodes are only read: the offset map below turns text offsets back into node offsets.
 */
export interface TextBlock {
  /** The nearest non-inline ancestor of the run (an element, a shadow root, or the scan root). */
  container: Node;
  nodes: Text[];
  /** Where each node's data begins in `text`, and how long it was when the block was collected. */
  starts: number[];
  lengths: number[];
  text: string;
}

export interface CollectOptions {
  /** Only the inline runs of `root` itself: child blocks are left alone (a partial rescan). */
  shallow?: boolean;
  /** Called for each open shadow root met on the way; the walker does not enter them. */
  onShadowRoot?(root: ShadowRoot): void;
  /** A run longer than this is cut at a node boundary, so no single recognizer call is huge. */
  maxLength?: number;
}

const NOT_SPACE = /\S/;

/** Whether a string has anything but whitespace: runs and changes made of whitespace hold no mention. */
export const hasText = (s: string) => NOT_SPACE.test(s);

/** The walk was paused and the node it stood on left the page: its position is lost. */
export class StaleWalkError extends Error {
  constructor() {
    super('The page removed the node the walk stood on; rescan.');
  }
}

/**
 * Walks `root` with a TreeWalker and yields its text blocks in document order. The caller may pause
 * between blocks (time slicing); if the page removes the walk's position meanwhile, the generator
 * throws StaleWalkError instead of silently stopping early.
 *
 * The walker has no NodeFilter: a filter is a call from the browser into script for every node, and
 * was most of the walk's cost. Elements are judged in the loop, and a skipped subtree is stepped
 * over with nextSibling/parentNode, which is what FILTER_REJECT does.
 */
export function* collectBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock> {
  const { shallow = false, onShadowRoot, maxLength = 20_000 } = options;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The node after the current one's subtree, or null at the end of `root`. */
  const past = (): Node | null => {
    do {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
    } while (walker.parentNode());
    return null;
  };
  let boundary = false;
  let gap = false;
  let run: Run | null = null;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== TEXT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'br' || isSkippedElement(el, name)) {
        gap = true;
        node = past();
        continue;
      }
      if (el.shadowRoot) onShadowRoot?.(el.shadowRoot);
      if (!isInline(el, name)) {
        boundary = true;
        if (shallow) {
          node = past();
          continue;
        }
      }
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    const container = blockContainerOf(text);
    if (run && (boundary || container !== run.container || run.length > maxLength)) {
      const block = finishRun(run);
      run = null;
      if (block) {
        yield block;
        // The caller may have paused here, and the page may have moved on.
        if (!root.contains(text)) throw new StaleWalkError();
      }
    }
    boundary = false;
    node = walker.nextNode();
    const data = text.data; // Read once: each read is a call into the browser.
    if (!run) {
      gap = false;
      if (!hasText(data)) continue;
      run = { container, nodes: [], starts: [], lengths: [], parts: [], length: 0 };
    }
    if (gap) {
      run.parts.push('\n');
      run.length += 1;
      gap = false;
    }
    run.nodes.push(text);
    run.starts.push(run.length);
    run.lengths.push(data.length);
    run.parts.push(data);
    run.length += data.length;
  }
  const last = run && finishRun(run);
  if (last) yield last;
}

interface Run {
  container: Node;
  nodes: Text[];
  starts: number[];
  lengths: number[];
  parts: string[];
  length: number;
}

function finishRun({ container, nodes, starts, lengths, parts }: Run): TextBlock | null {
  const text = parts.join('');
  return hasText(text) ? { container, nodes, starts, lengths, text } : null;
}

/** The node and offset of a block offset. A start inside a "\n" gap moves to the next node. */
export function locate(
  block: TextBlock,
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } {
  const { starts, lengths, nodes } = block;
  let lo = 0;
  let hi = nodes.length - 1;
  if (edge === 'start') {
    // First node that ends after `offset`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! + lengths[mid]! > offset) hi = mid;
      else lo = mid + 1;
    }
    return { node: nodes[lo]!, offset: Math.max(0, Math.min(offset - starts[lo]!, lengths[lo]!)) };
  }
  // Last node that starts before `offset`.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: Math.max(0, Math.min(offset - starts[lo]!, lengths[lo]!)) };
}

/** A StaticRange over block text [start, end): no live Range, nothing the page's DOM has to track. */
export function blockRange(block: TextBlock, start: number, end: number): StaticRange {
  const from = locate(block, start, 'start');
  const to = locate(block, end, 'end');
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}
