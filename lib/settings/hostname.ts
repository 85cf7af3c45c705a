/**
 * Site-list entries are hostnames in one canonical form, so "WWW.Example.com.", "example.com" and a
 * pasted "https://www.example.com/article#top" all become the same entry: "example.com".
 */
const MAX_INPUT = 2048;
const MAX_HOSTNAME = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** The canonical site entry for user input (a hostname or a URL), or null if it names no site. */
export function normaliseSite(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return null;
  const text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (!text) return null;
  const hostname = hostnameOf(text);
  if (hostname === null) return null;
  // "www." is a prefix, not a different site; dropping it makes the entry cover the bare domain too.
  const site = hostname.startsWith('www.') && hostname.indexOf('.', 4) > 0 ? hostname.slice(4) : hostname;
  return isValidHostname(site) ? site : null;
}

/** A page's hostname as the matcher compares it: lowercase, without a trailing dot. */
export function normalisePageHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

function hostnameOf(text: string): string | null {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(text);
  if (hasScheme && !/^https?:\/\//.test(text)) return null;
  try {
    // URL does the hard parts: IDN to punycode, userinfo, ports, paths.
    return normalisePageHostname(new URL(hasScheme ? text : `http://${text}`).hostname);
  } catch {
    return null;
  }
}

function isValidHostname(hostname: string): boolean {
  if (IPV6.test(hostname)) return true;
  if (hostname.length === 0 || hostname.length > MAX_HOSTNAME) return false;
  return hostname.split('.').every((label) => LABEL.test(label));
}
