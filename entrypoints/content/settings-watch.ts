import { CATEGORIES } from '@/lib/dataset/categories';
import type { EngineOptions } from '@/lib/page/engine-options';
import type { EntryKind } from '@/lib/recognize/match-index';
import { categorySetting } from '@/lib/settings/category-setting';
import type { Settings } from '@/lib/settings/schema';
import { isHighlightingOn } from '@/lib/settings/sites';

const KIND_OF_CATEGORY = new Map<string, EntryKind>(CATEGORIES.map((c) => [c.slug, c.applies]));

/** The engine's view of the user's settings on this site: the site switch folds into `enabled`. */
export function toEngineOptions(settings: Settings, hostname: string): EngineOptions {
  const colours = new Map<string, ReturnType<EngineOptions['colourOf']>>();
  return {
    enabled: isHighlightingOn(settings, hostname),
    style: settings.style,
    thickness: settings.lineThickness,
    firstMentionOnly: settings.firstMentionOnly,
    threshold: settings.threshold,
    languages: settings.languages,
    colourOf(category) {
      let colour = colours.get(category);
      if (colour === undefined) {
        const resolved = categorySetting(settings, category, KIND_OF_CATEGORY.get(category));
        colours.set(category, (colour = resolved.enabled ? resolved.colour : null));
      }
      return colour;
    },
  };
}
