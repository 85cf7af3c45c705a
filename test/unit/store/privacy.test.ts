import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HIDDEN_LIMITS } from '@/lib/settings/hidden-occurrences';
import { STORAGE_KEYS } from '@/lib/settings/storage';
import { PENDING_LOOKUP_KEY, PENDING_LOOKUP_TTL_MS } from '@/lib/panel/pending-lookup';

// The privacy policy (docs/privacy.md) names every storage key the code writes, the area it lives
// in, and the limits the code enforces: a key added, renamed or moved without the policy saying
// so fails here. The keys of "not the mineral here" records are read from the code that writes
// them (lib/settings/storage.ts), so a new prefix or index key is caught too.
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const POLICY = read('docs/privacy.md');
const STORAGE_SOURCE = read('lib/settings/storage.ts');

/** The policy's table row that starts with `what`. */
const row = (what: string) => POLICY.split('\n').find((line) => line.startsWith(`| ${what}`)) ?? '';

describe('privacy policy', () => {
  test('names each settings key and both areas settings can live in', () => {
    const settings = row('Your settings');
    for (const key of Object.values(STORAGE_KEYS)) expect(settings).toContain(`\`${key}\``);
    expect(settings).toContain('`storage.sync`');
    expect(settings).toContain('`storage.local`');
  });

  test('names the "not the mineral here" keys the code writes, on this device only, with its limits', () => {
    const hidden = row('"Not the mineral here"');
    const constants = [...STORAGE_SOURCE.matchAll(/const HIDDEN_\w+ = '([^']+)'/g)].map((m) => m[1]!);
    expect(constants.length).toBeGreaterThanOrEqual(2);
    for (const key of constants) expect(hidden).toContain(`\`${key}\``);
    expect(hidden).toContain('`storage.local`');
    expect(hidden).toContain('never synced');
    expect(hidden).toContain(`${HIDDEN_LIMITS.pages} most recent pages`);
    expect(POLICY).toContain(`up to\n${HIDDEN_LIMITS.context} characters`);
  });

  test('names the look-up key, its area and how long it lasts', () => {
    const lookup = row('Text you chose');
    expect(lookup).toContain(`\`${PENDING_LOOKUP_KEY}\``);
    expect(lookup).toContain('`storage.session`');
    expect(PENDING_LOOKUP_TTL_MS).toBe(60_000);
    expect(lookup).toContain('after a minute');
  });

  test('says nothing is sent and no network request is made', () => {
    expect(POLICY).toContain('collects nothing and sends nothing');
    expect(POLICY).toContain('no network requests');
  });
});
