import { rulesForName } from './highlight-css';

/**
 * The `::highlight()` rules of one document, only for the names it paints: one constructed
 * stylesheet, grown a rule at a time as the painter registers a name, adopted by the document and
 * by every open shadow root the walker meets (shadow-styles.ts). Browsers test every `::highlight()`
 * rule against every element on each style recalculation, so a page pays for the handful of looks
 * it shows, not for all 336 (highlight-css.ts has the figures). Adopting a constructed sheet is not
 * a DOM change, and no page CSP blocks it. A page that replaces `document.adoptedStyleSheets` drops
 * it; `adopt` puts it back, and the engine calls it on every pass.
 */
export interface HighlightSheet {
  /** Adds the rules for `name` the first time it is seen. */
  ensure(name: string): void;
  /** Makes `root` use the sheet (once; again if the page took it out). */
  adopt(root: Document | ShadowRoot): void;
  /** Takes the sheet out of `root` (the engine is going away). */
  remove(root: Document | ShadowRoot): void;
}

export function createHighlightSheet(): HighlightSheet {
  let sheet: CSSStyleSheet | undefined;
  const written = new Set<string>();
  const own = () => (sheet ??= new CSSStyleSheet());

  return {
    ensure(name) {
      if (written.has(name)) return;
      written.add(name);
      const target = own();
      for (const rule of rulesForName(name) ?? []) target.insertRule(rule, target.cssRules.length);
    },
    adopt(root) {
      const target = own();
      try {
        if (!root.adoptedStyleSheets.includes(target))
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, target];
      } catch {
        // A root from another document (a moved host) cannot adopt this sheet; its text still scans.
      }
    },
    remove(root) {
      if (!sheet || !root.adoptedStyleSheets.includes(sheet)) return;
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
