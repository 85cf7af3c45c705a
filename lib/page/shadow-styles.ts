import { highlightCss } from './highlight-css';

/**
 * `::highlight()` rules only style the tree their stylesheet is in, so the manifest CSS does not
 * reach into shadow roots (Firefox 153; Chromium 156 happens to carry the host's highlight styles
 * down the flat tree, which the spec does not promise). Each open shadow root the walker meets adopts one constructed sheet with
 * the same rules: `adoptedStyleSheets` is not a DOM change (no node added, markup unchanged), and
 * constructed sheets are not subject to the page's style-src CSP.
 */
export interface ShadowStyles {
  /** Adopts the rules into `root` once; true the first time a root is seen. */
  adopt(root: ShadowRoot): boolean;
  /** Every shadow root seen and still alive (for hit-testing inside them). */
  roots(): ShadowRoot[];
  /** Takes the rules back out of every root (the engine is going away). */
  release(): void;
}

export function createShadowStyles(): ShadowStyles {
  let sheet: CSSStyleSheet | undefined;
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
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(highlightCss());
      }
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } catch {
        // A root from another document (a moved host) cannot adopt this sheet; its text still scans.
      }
      return true;
    },
    roots: alive,
    release() {
      for (const root of alive()) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      refs = [];
    },
  };
}
