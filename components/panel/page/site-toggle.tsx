import { useStore } from '@/components/shared/use-store';
import type { Translate } from '@/lib/i18n/translate';
import { normaliseSite } from '@/lib/settings/hostname';
import { isHighlightingOn, toggleSite } from '@/lib/settings/sites';
import type { SettingsStore } from '@/lib/settings/store';

interface SiteToggleProps {
  t: Translate;
  settings: SettingsStore;
  hostname: string;
}

/**
 * Highlighting on this site, in one click, whatever the site mode: toggleSite adds or lifts the
 * list entry that decides it. A switch, so its state is read out as on or off.
 */
export function SiteToggle({ t, settings, hostname }: SiteToggleProps) {
  const state = useStore(settings);
  const site = normaliseSite(hostname);
  if (site === null || state.status === 'loading') return null;
  const on = isHighlightingOn(state.settings, hostname);
  return (
    <button
      type="button"
      role="switch"
      class="site-toggle"
      aria-checked={on}
      disabled={!state.settings.enabled}
      onClick={() => void settings.update((current) => toggleSite(current, hostname))}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span>{t('page.site', { site })}</span>
    </button>
  );
}
