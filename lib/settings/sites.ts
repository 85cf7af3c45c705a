import { normalisePageHostname, normaliseSite } from './hostname';
import { LIMITS, type Settings } from './schema';

/** Does a site-list entry cover this page hostname? An entry covers itself and its subdomains. */
export function siteCovers(entry: string, hostname: string): boolean {
  const host = normalisePageHostname(hostname);
  return host === entry || host.endsWith(`.${entry}`);
}

export function isListed(settings: Settings, hostname: string): boolean {
  return settings.sites.some((entry) => siteCovers(entry, hostname));
}

/** Whether the content script should highlight on a page with this hostname. */
export function isHighlightingOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const listed = isListed(settings, hostname);
  return settings.siteMode === 'only-on' ? listed : !listed;
}

export type AddSiteResult =
  | { ok: true; sites: string[]; site: string }
  | { ok: false; reason: 'invalid' | 'duplicate' | 'full'; site?: string };

/** Adds a site typed or pasted by the user (hostname or URL) to the list. */
export function addSite(sites: readonly string[], input: string): AddSiteResult {
  const site = normaliseSite(input);
  if (site === null) return { ok: false, reason: 'invalid' };
  if (sites.includes(site)) return { ok: false, reason: 'duplicate', site };
  if (sites.length >= LIMITS.sites) return { ok: false, reason: 'full', site };
  return { ok: true, sites: [...sites, site], site };
}

export class SiteListError extends Error {
  constructor(readonly reason: 'invalid' | 'full') {
    super(`Cannot change the site list: ${reason}`);
    this.name = 'SiteListError';
  }
}

/**
 * Flips highlighting for one site, whatever the mode: the panel's one-click button and the card's
 * "don't highlight on this site". Turning a site back on removes every entry that covers it, so
 * after "example.com" was listed, toggling on news.example.com lifts the whole entry.
 * Throws SiteListError when the hostname is not a site (a file: page) or the list is full.
 */
export function toggleSite(settings: Settings, hostname: string): Pick<Settings, 'sites'> {
  if (isListed(settings, hostname)) {
    return { sites: settings.sites.filter((entry) => !siteCovers(entry, hostname)) };
  }
  const added = addSite(settings.sites, hostname);
  if (!added.ok) throw new SiteListError(added.reason === 'full' ? 'full' : 'invalid');
  return { sites: added.sites };
}
