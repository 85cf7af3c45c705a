import { lineStyleOf } from '@/lib/palette';
import type { EntryKind } from '@/lib/recognize/match-index';
import { colourOf, type EngineOptions } from './engine-options';
import { highlightNameFor, type PageTheme } from './highlight-css';
import type { PaintRules } from './mention-store';

/**
 * How the options paint on this page: accepted when above the threshold and the category has a
 * colour; named by colour, style, line (the mention's kind), thickness and page theme. One colour
 * lookup per category and kind, not per mention.
 */
export function paintRules(options: EngineOptions, theme: PageTheme): PaintRules {
  const { threshold, style, thickness, firstMentionOnly } = options;
  // By kind, then category: asked for every mention, several times a pass, so no key is built.
  const names = new Map<EntryKind, Map<string, string | null>>();
  const nameFor = (category: string, kind: EntryKind) => {
    let ofKind = names.get(kind);
    if (!ofKind) names.set(kind, (ofKind = new Map()));
    let name = ofKind.get(category);
    if (name === undefined) {
      const colour = colourOf(options, category);
      const look = { colour: colour!, style, line: lineStyleOf(kind), thickness };
      ofKind.set(category, (name = colour ? highlightNameFor(look, theme) : null));
    }
    return name;
  };
  return {
    accepts: (m) => m.confidence >= threshold && nameFor(m.category, m.kind) !== null,
    nameOf: (m) => nameFor(m.category, m.kind)!,
    firstOnly: firstMentionOnly,
  };
}
