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
  constructor(
    readonly reason: 'invalid' | 'full' | 'covered',
    /** For `covered`: the broader entry that decides the site. */
    readonly entry?: string,
  ) {
    super(`Cannot change the site list: ${reason}`);
    this.name = 'SiteListError';
  }
}

export type SiteChangeResult =
  | { ok: true; sites: string[] }
  | { ok: false; reason: 'invalid' | 'full' }
  | { ok: false; reason: 'covered'; entry: string };

/** Is highlighting on for this site by the list alone (ignoring the global switch)? */
export function isSiteOn(settings: Settings, hostname: string): boolean {
  return (settings.siteMode === 'only-on') === isListed(settings, hostname);
}

/**
 * The listed entry other than the site's own that decides the site (example.com for a page on
 * news.example.com), or null when only the site's own entry, or none, applies.
 */
export function broaderEntry(settings: Settings, hostname: string): string | null {
  const own = normaliseSite(hostname);
  return settings.sites.find((entry) => entry !== own && siteCovers(entry, hostname)) ?? null;
}

/**
 * Turns highlighting on one site on or off: the panel's one-click switch and the card's "don't
 * highlight on this site". Only ever adds or removes the site's OWN entry (its hostname without
 * "www."), in either mode:
 *  - "everywhere except listed": off adds the own entry, on removes it;
 *  - "only on the sites listed": on adds the own entry, off removes it.
 * A broader entry is never removed: when example.com is listed and the page is news.example.com,
 * a change that would need example.com gone changes nothing and answers `covered` with the entry,
 * so a page (or a frame on attacker.example.com) can never lift the reader's example.com, and the
 * panel can say which entry decides. Narrower entries (news.example.com when example.com is turned
 * back on) are left as they are: they are separate choices for other pages, and stay visible in
 * the list. Already in the asked-for state: the list is returned unchanged.
 */
/** What switching a site off from a card gives: the site change, or storage out of room. */
export type SiteOffResult =
  { ok: true } | Exclude<SiteChangeResult, { ok: true }> | { ok: false; reason: 'quota' };

export function setSiteHighlighting(settings: Settings, hostname: string, on: boolean): SiteChangeResult {
  const own = normaliseSite(hostname);
  if (own === null) return { ok: false, reason: 'invalid' };
  const wantListed = (settings.siteMode === 'only-on') === on;
  if (wantListed) {
    if (isListed(settings, hostname)) return { ok: true, sites: settings.sites };
    const added = addSite(settings.sites, own);
    return added.ok
      ? { ok: true, sites: added.sites }
      : { ok: false, reason: added.reason === 'full' ? 'full' : 'invalid' };
  }
  const sites = settings.sites.filter((entry) => entry !== own);
  const broader = sites.find((entry) => siteCovers(entry, hostname));
  if (broader !== undefined) return { ok: false, reason: 'covered', entry: broader };
  return { ok: true, sites: sites.length === settings.sites.length ? settings.sites : sites };
}

/**
 * Flips highlighting for one site (setSiteHighlighting, to the other state), as a patch.
 * Throws SiteListError when the hostname is not a site, the list is full, or a broader entry decides.
 */
export function toggleSite(settings: Settings, hostname: string): Pick<Settings, 'sites'> {
  const result = setSiteHighlighting(settings, hostname, !isSiteOn(settings, hostname));
  if (!result.ok)
    throw new SiteListError(result.reason, result.reason === 'covered' ? result.entry : undefined);
  return { sites: result.sites };
}
