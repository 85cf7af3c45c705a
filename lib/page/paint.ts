export interface PaintedSet {
  clear(): void;
}

/** Registers one Highlight per category; never touches the page's nodes. */
export function paintMentions(items: { range: StaticRange; category: string }[]): PaintedSet {
  const byName = new Map<string, Highlight>();
  for (const { range, category } of items) {
    const name = `mineral-lens-${category}`;
    let highlight = byName.get(name);
    if (!highlight) byName.set(name, (highlight = new Highlight()));
    highlight.add(range);
  }
  for (const [name, highlight] of byName) CSS.highlights.set(name, highlight);
  return { clear: () => byName.forEach((_, name) => CSS.highlights.delete(name)) };
}
