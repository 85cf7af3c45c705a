import { describe, expect, test } from 'vitest';
import { normaliseSite } from '@/lib/settings/hostname';
import { LIMITS, defaultSettings, type Settings } from '@/lib/settings/schema';
import {
  SiteListError,
  addSite,
  broaderEntry,
  isHighlightingOn,
  setSiteHighlighting,
  toggleSite,
} from '@/lib/settings/sites';

const withSites = (sites: string[], changes: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  sites,
  ...changes,
});

describe('normaliseSite', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM. ', 'example.com'],
    ['https://www.nytimes.com/2026/01/lithium.html?x=1#top', 'nytimes.com'],
    ['*.example.org', 'example.org'],
    ['news.bbc.co.uk:8080', 'news.bbc.co.uk'],
    ['例え.jp', 'xn--r8jz45g.jp'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['www.com', 'www.com'],
  ])('%j -> %j', (input, site) => expect(normaliseSite(input)).toBe(site));

  test.each([
    '',
    '   ',
    'not a host',
    'ftp://example.com',
    'file:///etc/passwd',
    '-bad.com',
    'a_b.com',
    42,
    null,
  ])('%j is not a site', (input) => expect(normaliseSite(input)).toBeNull());

  test('overlong input is refused without parsing it', () => {
    expect(normaliseSite(`${'a'.repeat(60)}.`.repeat(5) + 'com')).toBeNull();
    expect(normaliseSite('x'.repeat(10_000_000))).toBeNull();
  });
});

describe('isHighlightingOn', () => {
  test('everywhere-except: listed sites and their subdomains are off, the rest on', () => {
    const settings = withSites(['example.com']);
    expect(isHighlightingOn(settings, 'example.com')).toBe(false);
    expect(isHighlightingOn(settings, 'www.example.com')).toBe(false);
    expect(isHighlightingOn(settings, 'news.EXAMPLE.com.')).toBe(false);
    expect(isHighlightingOn(settings, 'notexample.com')).toBe(true);
    expect(isHighlightingOn(settings, 'example.com.evil.net')).toBe(true);
  });

  test('only-on: only listed sites and their subdomains are on', () => {
    const settings = withSites(['elpais.com'], { siteMode: 'only-on' });
    expect(isHighlightingOn(settings, 'elpais.com')).toBe(true);
    expect(isHighlightingOn(settings, 'cincodias.elpais.com')).toBe(true);
    expect(isHighlightingOn(settings, 'example.com')).toBe(false);
  });

  test('the global switch wins over everything', () => {
    expect(isHighlightingOn(withSites([], { enabled: false }), 'example.com')).toBe(false);
    expect(isHighlightingOn(withSites(['x.com'], { enabled: false, siteMode: 'only-on' }), 'x.com')).toBe(
      false,
    );
  });
});

describe('toggleSite', () => {
  test('flips the site in either mode, storing the canonical name', () => {
    for (const siteMode of ['everywhere-except', 'only-on'] as const) {
      const before = withSites([], { siteMode });
      const after = { ...before, ...toggleSite(before, 'www.example.com') };
      expect(after.sites).toEqual(['example.com']);
      expect(isHighlightingOn(after, 'www.example.com')).toBe(!isHighlightingOn(before, 'www.example.com'));
      expect({ ...after, ...toggleSite(after, 'www.example.com') }.sites).toEqual([]);
    }
  });

  test('turning a site back on removes only its own entry, never a broader one', () => {
    const own = withSites(['example.com', 'news.example.com', 'other.org']);
    expect(() => toggleSite(own, 'news.example.com')).toThrow(
      expect.objectContaining({ reason: 'covered', entry: 'example.com' }),
    );
    expect(toggleSite(withSites(['news.example.com', 'other.org']), 'news.example.com').sites).toEqual([
      'other.org',
    ]);
    // Narrower entries are separate choices for other pages: turning example.com on keeps them.
    expect(toggleSite(withSites(['example.com', 'news.example.com']), 'example.com').sites).toEqual([
      'news.example.com',
    ]);
  });

  test('in "only on the sites listed", a frame on attacker.example.com cannot remove example.com', () => {
    const reader = withSites(['example.com'], { siteMode: 'only-on' });
    expect(setSiteHighlighting(reader, 'attacker.example.com', false)).toEqual({
      ok: false,
      reason: 'covered',
      entry: 'example.com',
    });
    expect(setSiteHighlighting(reader, 'attacker.example.com', true)).toEqual({
      ok: true,
      sites: ['example.com'],
    });
    expect(() => toggleSite(reader, 'attacker.example.com')).toThrow(
      expect.objectContaining({ reason: 'covered', entry: 'example.com' }),
    );
  });

  test('turning off a site already off by a broader entry changes nothing', () => {
    const reader = withSites(['example.com']);
    expect(setSiteHighlighting(reader, 'news.example.com', false)).toEqual({
      ok: true,
      sites: ['example.com'],
    });
    expect(broaderEntry(reader, 'news.example.com')).toBe('example.com');
    expect(broaderEntry(reader, 'www.example.com')).toBeNull();
  });

  test('refuses a page that is not a site, and a full list', () => {
    expect(() => toggleSite(defaultSettings(), '')).toThrow(SiteListError);
    const full = withSites(Array.from({ length: LIMITS.sites }, (_, i) => `s${i}.example`));
    expect(() => toggleSite(full, 'one-more.example')).toThrow(expect.objectContaining({ reason: 'full' }));
  });
});

describe('addSite', () => {
  test('adds canonical names, refusing invalid input and duplicates', () => {
    expect(addSite([], 'https://www.Reuters.com/markets')).toEqual({
      ok: true,
      site: 'reuters.com',
      sites: ['reuters.com'],
    });
    expect(addSite(['reuters.com'], 'reuters.com')).toEqual({
      ok: false,
      reason: 'duplicate',
      site: 'reuters.com',
    });
    expect(addSite([], 'not a site')).toEqual({ ok: false, reason: 'invalid' });
  });
});
