import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import config from '../../../wxt.config';

// The store listings (docs/store/) against the stores' limits, and against the manifest: both
// stores show the manifest's localised name and description, so the listing must say the same.
// Limits, with where each comes from, in docs/store/README.md; where the stores differ the
// tighter one applies, so one text serves both.
const LIMITS = { name: 45, summary: 132, description: 16_000 } as const;
const LOCALES = { en, es } as const;

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The text under each `## Heading` of a listing file, trimmed, lines joined as the store shows them. */
function sections(markdown: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out[heading!.trim()] = body.join('\n').trim();
  }
  return out;
}

/** Characters as a person (and a store form) counts them: code points, not UTF-16 units. */
const length = (text: string) => [...text].length;

describe.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])('store listing (%s)', (locale) => {
  const listing = sections(read(`docs/store/listing.${locale}.md`));
  const messages = LOCALES[locale];

  test('has a name, a summary and a description, each within every store’s limit', () => {
    expect(Object.keys(listing)).toEqual(['Name', 'Summary', 'Description']);
    expect(length(listing.Name!)).toBeLessThanOrEqual(LIMITS.name);
    expect(length(listing.Summary!)).toBeLessThanOrEqual(LIMITS.summary);
    expect(length(listing.Description!)).toBeLessThanOrEqual(LIMITS.description);
    expect(listing.Summary).not.toContain('\n');
  });

  test('name and summary are the manifest’s, from _locales', () => {
    expect(listing.Name).toBe(messages.extName.message);
    expect(listing.Summary).toBe(messages.extDescription.message);
  });
});

type ManifestFn = (env: { browser: string }) => { permissions?: string[] };
const manifestFor = (browser: string) => (config.manifest as unknown as ManifestFn)({ browser });

describe('permission justifications', () => {
  const text = read('docs/store/permissions.md');
  const headings = sections(text);

  test.each(['chrome', 'firefox'])('every permission the %s manifest asks for is justified', (browser) => {
    for (const permission of manifestFor(browser).permissions ?? []) {
      expect(Object.keys(headings), permission).toContain(permission);
      expect(headings[permission]!.length).toBeGreaterThan(80);
    }
  });

  test('the content script’s host access is justified for the very patterns it runs on', () => {
    const matches = /matches:\s*(\[[^\]]*\])/.exec(read('entrypoints/content/index.ts'))![1]!;
    const patterns = JSON.parse(matches.replaceAll("'", '"')) as string[];
    const host = Object.keys(headings).find((h) => h.startsWith('Host access'))!;
    for (const pattern of patterns) expect(host).toContain(`\`${pattern}\``);
  });
});
