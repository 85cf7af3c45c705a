import { FLASH_HIGHLIGHT } from './highlight-css';

/**
 * The engine's Highlights, one per registered name (colour x style x theme), painted through the
 * document's highlight registry. Ranges move between names when settings change; the page's nodes
 * are never touched. Names are registered lazily, so an empty page registers nothing.
 */
export interface Painter {
  add(name: string, range: AbstractRange): void;
  delete(name: string, range: AbstractRange): void;
  /** Empties every Highlight but keeps them registered (a repaint follows). */
  reset(): void;
  /** Unregisters every name at once: all highlights vanish in the same frame. */
  clear(): void;
  /** Paints one range with the flash style for `ms`, above every other highlight. */
  flash(range: AbstractRange, ms: number): void;
  /** How many ranges are painted now. */
  count(): number;
  /** Whether a Highlight is one of the engine's (highlightsFromPoint reports every extension's). */
  owns(highlight: Highlight): boolean;
}

/** `onNewName` runs before a name is first registered: the rules for it go in first (highlight-sheet.ts). */
export function createPainter(registry: HighlightRegistry, onNewName?: (name: string) => void): Painter {
  const highlights = new Map<string, Highlight>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const stopFlash = () => {
    clearTimeout(flashTimer);
    registry.delete(FLASH_HIGHLIGHT);
  };

  return {
    add(name, range) {
      let highlight = highlights.get(name);
      if (!highlight) {
        onNewName?.(name);
        highlights.set(name, (highlight = new Highlight()));
        registry.set(name, highlight);
      }
      highlight.add(range);
    },
    delete(name, range) {
      highlights.get(name)?.delete(range);
    },
    reset() {
      for (const highlight of highlights.values()) highlight.clear();
    },
    clear() {
      stopFlash();
      for (const name of highlights.keys()) registry.delete(name);
      highlights.clear();
    },
    flash(range, ms) {
      stopFlash();
      const highlight = new Highlight(range);
      highlight.priority = 1;
      registry.set(FLASH_HIGHLIGHT, highlight);
      flashTimer = setTimeout(stopFlash, ms);
    },
    count() {
      let total = 0;
      for (const highlight of highlights.values()) total += highlight.size;
      return total;
    },
    owns(highlight) {
      for (const own of highlights.values()) if (own === highlight) return true;
      return false;
    },
  };
}
