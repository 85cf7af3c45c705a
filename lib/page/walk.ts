export interface TextBlock {
  text: string;
  toRange(start: number, end: number, category: string): { range: StaticRange; category: string };
}

/** Placeholder walk: one block per text node. The page engine replaces this with block grouping. */
export function collectTextBlocks(root: Node): TextBlock[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const blocks: TextBlock[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    blocks.push({
      text: textNode.data,
      toRange: (start, end, category) => ({
        range: new StaticRange({
          startContainer: textNode,
          startOffset: start,
          endContainer: textNode,
          endOffset: end,
        }),
        category,
      }),
    });
  }
  return blocks;
}
