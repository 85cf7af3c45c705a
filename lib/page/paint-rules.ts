import { colourOf, type EngineOptions } from './engine-options';
import { highlightNameFor, type PageTheme } from './highlight-css';
import type { PaintRules } from './mention-store';

/**
 * How the options paint on this page: accepted when above the threshold and the category has a
 * colour; named by colour, style and page theme. One name per category, not per mention.
 */
export function paintRules(options: EngineOptions, theme: PageTheme): PaintRules {
  const { threshold, style, firstMentionOnly } = options;
  const names = new Map<string, string | null>();
  const nameFor = (category: string) => {
    let name = names.get(category);
    if (name === undefined) {
      const colour = colourOf(options, category);
      names.set(category, (name = colour ? highlightNameFor(colour, style, theme) : null));
    }
    return name;
  };
  return {
    accepts: (m) => m.confidence >= threshold && nameFor(m.category) !== null,
    nameOf: (m) => nameFor(m.category)!,
    firstOnly: firstMentionOnly,
  };
}
