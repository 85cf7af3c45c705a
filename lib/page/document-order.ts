import type { Found } from './mention-store-parts';

/** Document order of two mentions: by offset in one block, by walk rank in one scan, else by the DOM. */
export function precedes(a: Found, b: Found): boolean {
  if (a.stored === b.stored) return a.mention.start < b.mention.start;
  if (a.stored.rank >= 0 && b.stored.rank >= 0 && a.stored.scan === b.stored.scan) {
    return a.stored.rank < b.stored.rank;
  }
  return nodePrecedes(a.stored.block.nodes[0]!, b.stored.block.nodes[0]!);
}

/** Tree order, with nodes inside shadow roots placed where their host is. */
export function nodePrecedes(a: Node, b: Node): boolean {
  const [x, y] = [liftToTree(a, b), liftToTree(b, a)];
  const [p, q] = x === y ? [a, b] : [x, y];
  return (p.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** `node`, or the shadow host that contains it, lifted until it shares a tree with `other`. */
function liftToTree(node: Node, other: Node): Node {
  const otherRoots = new Set<Node>();
  for (let n: Node | undefined = other; n; n = (n.getRootNode() as ShadowRoot).host) {
    otherRoots.add(n.getRootNode());
  }
  let current = node;
  while (!otherRoots.has(current.getRootNode()) && (current.getRootNode() as ShadowRoot).host) {
    current = (current.getRootNode() as ShadowRoot).host;
  }
  return current;
}
