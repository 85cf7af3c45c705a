import type { HighlightSheet } from './highlight-sheet';

/**
 * `::highlight()` rules only style the tree their stylesheet is in, so the document's rules do not
 * reach into shadow roots (Firefox 153; Chromium 156 happens to carry the host's highlight styles
 * down the flat tree, which the spec does not promise). Each open shadow root the walker meets
 * adopts the document's own highlight sheet (highlight-sheet.ts): `adoptedStyleSheets` is not a DOM
 * change (no node added, markup unchanged), and constructed sheets are not subject to the page's
 * style-src CSP.
 */
export interface ShadowStyles {
  /** Adopts the rules into `root` once; true the first time a root is seen. */
  adopt(root: ShadowRoot): boolean;
  /** Every shadow root seen and still alive (for hit-testing inside them). */
  roots(): ShadowRoot[];
  /** Takes the rules back out of every root (the engine is going away). */
  release(): void;
}

export function createShadowStyles(sheet: HighlightSheet): ShadowStyles {
  const seen = new WeakSet<ShadowRoot>();
  let refs: WeakRef<ShadowRoot>[] = [];

  const alive = () => {
    refs = refs.filter((ref) => ref.deref() !== undefined);
    return refs.map((ref) => ref.deref()!);
  };

  return {
    adopt(root) {
      if (seen.has(root)) return false;
      seen.add(root);
      refs.push(new WeakRef(root));
      sheet.adopt(root);
      return true;
    },
    roots: alive,
    release() {
      for (const root of alive()) sheet.remove(root);
      refs = [];
    },
  };
}
