/**
 * Node types as numbers: reading `Node.TEXT_NODE` (or making a TreeWalker, or reading `NodeFilter`)
 * makes the content script's world build that interface, in every frame, for an ad's empty box too.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The attribute on the extension's own UI (the card's host element): never scanned. */
export const HOST_ATTRIBUTE = 'data-mineral-lens-host';

// Text the reader types, runs, or cannot see as prose. Form fields and editors above all: scanning
// them is how highlighters break typing. head/title only matter for mutation records.
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
]);

const SKIP_SELECTOR = [...SKIPPED_TAGS, '[contenteditable]', `[${HOST_ATTRIBUTE}]`].join(',');

// Phrasing elements that do not break a line: text across them is one run ("rare <b>earth</b>
// elements"). Anything else, custom elements included, starts a new block.
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'slot',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** `name`: the element's localName, when the caller has read it already (each read calls the browser). */
export function isSkippedElement(el: Element, name = el.localName): boolean {
  return SKIPPED_TAGS.has(name) || el.hasAttribute('contenteditable') || el.hasAttribute(HOST_ATTRIBUTE);
}

/** True for nodes inside (or being) something the walker skips: mutation records there are ignored. */
export function isInsideSkipped(node: Node): boolean {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return (
    el !== null && (el.closest(SKIP_SELECTOR) !== null || (el as HTMLElement).isContentEditable === true)
  );
}

export function isInline(el: Element, name = el.localName): boolean {
  return INLINE_TAGS.has(name);
}

/** The node whose inline run holds `node`: its nearest non-inline ancestor (or its tree's root). */
export function blockContainerOf(node: Node): Node {
  let current = node.parentNode;
  while (current && current.nodeType === ELEMENT_NODE && isInline(current as Element)) {
    if (!current.parentNode) return current;
    current = current.parentNode;
  }
  return current ?? node;
}
