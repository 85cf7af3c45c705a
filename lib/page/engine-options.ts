import { CATEGORIES } from '@/lib/dataset/categories';
import type { HighlightStyle, LineThickness, PaletteId } from '@/lib/palette';
import type { Lang } from '@/lib/recognize/match-index';
import { categorySetting } from '@/lib/settings/category-setting';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { isHighlightingOn } from '@/lib/settings/sites';

/**
 * Everything the page engine needs from the user's settings, as a plain value: the content script
 * derives it from the settings store (and the site switch) with `engineOptionsFor` and hands it to
 * `createPageEngine` and `engine.update()`. The engine never reads storage itself. The bench and
 * the tests start from `defaultEngineOptions()`, so they run on what a fresh install runs on.
 */
export interface EngineOptions {
  /** Off clears every highlight at once and stops all work; on rescans and repaints, no reload. */
  enabled: boolean;
  style: HighlightStyle;
  /** How thick the highlight's line is (its style follows the mention's kind). */
  thickness: LineThickness;
  /** Paint only the first mention (in document order) of each term. */
  firstMentionOnly: boolean;
  /** Minimum recognizer confidence for a mention to be painted and listed. */
  threshold: number;
  /**
   * The palette colour of each category, or null when the user switched that category off. A value,
   * not a function, so a settings change that keeps every colour is seen to keep them.
   */
  colours: Readonly<Record<string, PaletteId | null>>;
  /** Languages whose aliases the recognizer may match. */
  languages: readonly Lang[];
}

/** The engine's view of the user's settings; with a hostname, the site switch folds into `enabled`. */
export function engineOptionsFor(settings: Settings, hostname?: string): EngineOptions {
  const colours: Record<string, PaletteId | null> = {};
  for (const { slug, applies } of CATEGORIES) {
    const resolved = categorySetting(settings, slug, applies);
    colours[slug] = resolved.enabled ? resolved.colour : null;
  }
  return {
    enabled: hostname === undefined ? settings.enabled : isHighlightingOn(settings, hostname),
    style: settings.style,
    thickness: settings.lineThickness,
    firstMentionOnly: settings.firstMentionOnly,
    threshold: settings.threshold,
    languages: settings.languages,
    colours,
  };
}

/** A fresh install's options, from the settings schema's defaults. */
export function defaultEngineOptions(): EngineOptions {
  return engineOptionsFor(defaultSettings());
}

/** The colour a category paints with; null when it is off, or not a category these options know. */
export function colourOf(options: EngineOptions, category: string): PaletteId | null {
  return Object.hasOwn(options.colours, category) ? options.colours[category]! : null;
}

/**
 * What it takes to go from one set of options to the next: nothing; switching off (drop everything);
 * repainting from the candidates the engine kept (style, colours, threshold, first-mention mode); or
 * a fresh scan (recognition itself changed, or the engine was off and the page may have changed).
 * Compared by value: the content script builds new options on every settings change, and a change
 * of hover delay must not repaint every highlight in every frame.
 */
export function costOfChange(
  prev: EngineOptions,
  next: EngineOptions,
): 'none' | 'off' | 'repaint' | 'rescan' {
  if (!next.enabled) return prev.enabled ? 'off' : 'none';
  if (!prev.enabled || !sameLanguages(prev.languages, next.languages)) return 'rescan';
  const repaint =
    prev.style !== next.style ||
    prev.thickness !== next.thickness ||
    prev.firstMentionOnly !== next.firstMentionOnly ||
    prev.threshold !== next.threshold ||
    !sameColours(prev.colours, next.colours);
  return repaint ? 'repaint' : 'none';
}

function sameLanguages(a: readonly Lang[], b: readonly Lang[]): boolean {
  return a.length === b.length && a.every((lang) => b.includes(lang));
}

function sameColours(a: EngineOptions['colours'], b: EngineOptions['colours']): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
  );
}
