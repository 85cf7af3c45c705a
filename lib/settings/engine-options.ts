import { POLICY_KIND_SLUGS } from '@/lib/dataset/categories';
import type { EngineOptions } from '@/lib/page/engine-options';
import { categorySetting } from './category-setting';
import type { Settings } from './schema';
import { isHighlightingOn } from './sites';

const POLICY = new Set<string>(POLICY_KIND_SLUGS);

/**
 * What the page engine of a page on `hostname` should do under these settings: the global switch
 * and the site list decide `enabled`; a category switched off has no colour, so it is not painted
 * (nor listed for the panel). The content script calls this on load and on every settings change.
 */
export function engineOptionsFor(settings: Settings, hostname: string): EngineOptions {
  return {
    enabled: isHighlightingOn(settings, hostname),
    style: settings.style,
    firstMentionOnly: settings.firstMentionOnly,
    threshold: settings.threshold,
    languages: settings.languages,
    colourOf(category) {
      // The kind only picks a default colour, the same one the settings view shows.
      const resolved = categorySetting(settings, category, POLICY.has(category) ? 'policy' : 'mineral');
      return resolved.enabled ? resolved.colour : null;
    },
  };
}
