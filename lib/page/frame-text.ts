/**
 * Whether a frame has any text to read, and waiting until it has: an ad or embed frame often has
 * none, and then the content script's bulk (the engine, the recognizer, settings) is never loaded
 * there (index.ts). Cheap on purpose: a frame with text answers at its first non-blank text node.
 */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const isReadable = (node: Text) => /\S/.test(node.data) && !NOT_TEXT.has(node.parentElement?.nodeName ?? '');

/** Any non-blank text under `root`, open shadow roots included (the engine reads those too). */
export function hasText(root: Node): boolean {
  if (root.nodeType === Node.TEXT_NODE) return isReadable(root as Text);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (isReadable(node as Text)) return true;
    } else if ((node as Element).shadowRoot && hasText((node as Element).shadowRoot!)) return true;
  }
  return false;
}

/**
 * Calls `onText` once, when text first appears in the document (now, or added later), unless
 * `signal` aborts first. Looks only at what each mutation adds, never at the whole frame again.
 */
export function whenTextAppears(doc: Document, signal: AbortSignal, onText: () => void): void {
  if (hasText(doc.documentElement)) return onText();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const added = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      if (added.some(hasText)) {
        observer.disconnect();
        return onText();
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
