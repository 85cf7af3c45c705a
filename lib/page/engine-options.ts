import { PALETTE_IDS, type HighlightStyle, type LineThickness, type PaletteId } from '@/lib/palette';
import type { Lang } from '@/lib/recognize/match-index';

/**
 * Everything the page engine needs from the user's settings, as a plain object: the content script
 * derives it from the settings store (and the site switch) and hands it to `createPageEngine` and
 * `engine.update()`. The engine never reads storage itself.
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
  /** The palette colour of a category, or null when the user switched that category off. */
  colourOf(category: string): PaletteId | null;
  /** Languages whose aliases the recognizer may match. */
  languages: readonly Lang[];
}

/** A stable colour per category until the settings store supplies the user's choice. */
export function defaultColourOf(category: string): PaletteId {
  let hash = 0;
  for (const char of category) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE_IDS[hash % PALETTE_IDS.length]!;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  enabled: true,
  style: 'underline',
  thickness: 'medium',
  firstMentionOnly: false,
  threshold: 0.5,
  colourOf: defaultColourOf,
  languages: ['en', 'es'],
};

/**
 * What it takes to go from one set of options to the next: nothing; switching off (drop everything);
 * repainting from the candidates the engine kept (style, colours, threshold, first-mention mode); or
 * a fresh scan (recognition itself changed, or the engine was off and the page may have changed).
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
    prev.colourOf !== next.colourOf;
  return repaint ? 'repaint' : 'none';
}

function sameLanguages(a: readonly Lang[], b: readonly Lang[]): boolean {
  return a.length === b.length && a.every((lang) => b.includes(lang));
}

/**
 * Per-site switch: a hostname is off when it, or a domain it belongs to, is listed
 * ("example.com" also turns off "news.example.com"). Case and a trailing dot do not matter.
 */
export function isSiteOff(hostname: string, offSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return offSites.some((site) => {
    const listed = site.trim().toLowerCase().replace(/\.$/, '');
    return listed !== '' && (host === listed || host.endsWith(`.${listed}`));
  });
}
