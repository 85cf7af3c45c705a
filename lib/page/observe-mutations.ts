import { blockContainerOf, isInline, isInsideSkipped, isSkippedElement } from './skip-rules';
import { hasText } from './text-blocks';

/**
 * What changed on the page since the last pass, reduced to what must be rescanned. Records are
 * only sorted here (the callback stays cheap on a page that mutates all the time); the engine
 * rescans the batch later, in slices. Changes inside editors, inputs and code are dropped at once.
 */
export interface ChangeBatch {
  /** So much changed that one full rescan is cheaper than tracking it piece by piece. */
  overflow: boolean;
  /** Roots of removed subtrees (and removed text nodes): their blocks are dropped. */
  removed: Node[];
  /** Text nodes whose data changed: the run each sits in is collected again. */
  edited: Set<Text>;
  /** Containers whose own inline runs gained or lost text or inline elements. */
  runs: Set<Node>;
  /** Added block-level elements: scanned whole. */
  subtrees: Set<Element>;
}

export interface ChangeCollector {
  observe(root: Node): void;
  /** Takes the batch so far (including records not yet delivered) and starts a new one. */
  take(): ChangeBatch;
  /** Whether anything worth a pass is waiting (delivers pending records first). */
  pending(): boolean;
  disconnect(): void;
}

const emptyBatch = (): ChangeBatch => ({
  overflow: false,
  removed: [],
  edited: new Set(),
  runs: new Set(),
  subtrees: new Set(),
});

/**
 * Whitespace-only text between elements (the "\n  " that markup indentation and HTML inserted by
 * script carry): it holds no mention, and re-collecting the runs of a long article's body for it
 * would cost in proportion to the article, not to the change.
 */
const isBlank = (node: Node) => node.nodeType === Node.TEXT_NODE && !hasText((node as Text).data);

/** The node whose inline runs contain the children of `parent`. */
function runContainerOf(parent: Node): Node {
  return parent.nodeType === Node.ELEMENT_NODE && isInline(parent as Element)
    ? blockContainerOf(parent)
    : parent;
}

/**
 * @param onChange called after each delivered batch of records that added work
 * @param limit more changed nodes than this in one batch become one full rescan
 */
export function createChangeCollector(
  onChange: () => void,
  limit: () => number = () => 1000,
): ChangeCollector {
  let batch = emptyBatch();
  let count = 0;

  function take(record: MutationRecord): boolean {
    if (batch.overflow || isInsideSkipped(record.target)) return false;
    if (record.type === 'characterData') {
      batch.edited.add(record.target as Text);
      count += 1;
    } else {
      const container = runContainerOf(record.target);
      for (const node of record.removedNodes) {
        if (isBlank(node)) continue;
        batch.removed.push(node);
        count += 1;
        if (node.nodeType !== Node.ELEMENT_NODE || isInline(node as Element)) batch.runs.add(container);
      }
      for (const node of record.addedNodes) {
        if (isBlank(node)) continue;
        count += 1;
        if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) {
          if (!isSkippedElement(node as Element)) batch.subtrees.add(node as Element);
        } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
          batch.runs.add(container);
        }
      }
    }
    if (count > limit()) batch = { ...emptyBatch(), overflow: true };
    return true;
  }

  const takeAll = (records: MutationRecord[]) => records.reduce((any, record) => take(record) || any, false);
  const observer = new MutationObserver((records) => {
    if (takeAll(records)) onChange();
  });

  return {
    observe(root) {
      observer.observe(root, { childList: true, characterData: true, subtree: true });
    },
    take() {
      takeAll(observer.takeRecords());
      const taken = batch;
      batch = emptyBatch();
      count = 0;
      return taken;
    },
    pending() {
      takeAll(observer.takeRecords());
      return batch.overflow || count > 0;
    },
    disconnect() {
      observer.disconnect();
      batch = emptyBatch();
      count = 0;
    },
  };
}
