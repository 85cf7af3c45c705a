import { useStore } from '@/components/shared/use-store';
import type { Translate } from '@/lib/i18n/translate';
import { normaliseSite } from '@/lib/settings/hostname';
import { broaderEntry, isHighlightingOn } from '@/lib/settings/sites';
import type { SettingsStore } from '@/lib/settings/store';

interface SiteToggleProps {
  t: Translate;
  settings: SettingsStore;
  hostname: string;
}

/**
 * Highlighting on this site, in one click, whatever the site mode: the background adds or lifts
 * the site's own list entry (lib/settings/sites.ts setSiteHighlighting). When a broader entry
 * decides the site (example.com for news.example.com) and flipping would need it gone, the
 * switch is disabled and names that entry instead: it never lifts an entry the reader made for
 * a whole domain. A switch, so its state is read out as on or off.
 */
export function SiteToggle({ t, settings, hostname }: SiteToggleProps) {
  const state = useStore(settings);
  const site = normaliseSite(hostname);
  if (site === null || state.status === 'loading') return null;
  const on = isHighlightingOn(state.settings, hostname);
  // A broader entry lists the site, so flipping it (either mode) would mean removing that entry.
  const broader = broaderEntry(state.settings, hostname);
  const noteId = `site-covered-${site}`;
  return (
    <>
      <button
        type="button"
        role="switch"
        class="site-toggle"
        aria-checked={on}
        disabled={!state.settings.enabled || broader !== null}
        aria-describedby={broader === null ? undefined : noteId}
        onClick={() => void settings.update({ op: 'toggle-site', hostname })}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span>{t('page.site', { site })}</span>
      </button>
      {broader !== null && (
        <p class="site-covered" id={noteId}>
          {t('page.site.covered', { entry: broader })}
        </p>
      )}
    </>
  );
}
