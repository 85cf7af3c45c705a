import { CATEGORIES } from '@/lib/dataset/categories';
import type { EngineOptions } from '@/lib/page/engine-options';
import type { EntryKind } from '@/lib/recognize/match-index';
import { categorySetting } from '@/lib/settings/category-setting';
import type { Settings } from '@/lib/settings/schema';
import { isHighlightingOn } from '@/lib/settings/sites';
import { loadSettings, watchSettings } from '@/lib/settings/storage';

const KIND_OF_CATEGORY = new Map<string, EntryKind>(CATEGORIES.map((c) => [c.slug, c.applies]));

/** The engine's view of the user's settings on this site: the site switch folds into `enabled`. */
export function toEngineOptions(settings: Settings, hostname: string): EngineOptions {
  const colours = new Map<string, ReturnType<EngineOptions['colourOf']>>();
  return {
    enabled: isHighlightingOn(settings, hostname),
    style: settings.style,
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

export async function readEngineOptions(hostname: string): Promise<EngineOptions> {
  return toEngineOptions((await loadSettings()).settings, hostname);
}

/** Calls back with fresh options whenever the settings change, in every open tab, live. */
export function watchEngineOptions(
  hostname: string,
  signal: AbortSignal,
  onChange: (options: EngineOptions) => void,
): void {
  const stop = watchSettings(({ settings }) => onChange(toEngineOptions(settings, hostname)));
  signal.addEventListener('abort', stop);
}
