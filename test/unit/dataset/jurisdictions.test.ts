import { describe, expect, it } from 'vitest';
import { keyFacts } from '@/lib/briefing/key-facts';
import { createEntryLookup } from '@/lib/dataset/lookups';
import type { EntriesFile } from '@/lib/dataset/types';
import { jurisdictionName } from '@/lib/i18n/jurisdiction-name';
import { localizeLookup } from '@/lib/i18n/localize-lookup';
import { createTranslator } from '@/lib/i18n/translate';
import { formatIssue, parseDataset } from '../../../lib/dataset/parse-dataset';
import { loadFiles, readGenerated } from './load';

// Issue 16: a policy term's or list's jurisdiction is stored as a code and named in the reader's
// language when shown (Intl.DisplayNames for countries and the EU, a small documented table for
// the two that are not places: INTL and G7). An English name in the data fails the build, with
// the entry named, instead of being mapped to a code behind the reader's back.

type Terms = { id: string; jurisdiction: string[] }[];
type Lists = { id: string; jurisdiction: string }[];

describe('jurisdictions are codes in the data', () => {
  it('every policy term and list stores codes: ISO 3166-1 alpha-2, EU, INTL or G7', () => {
    const { policyTerms, lists } = loadFiles().files as { policyTerms: Terms; lists: Lists };
    const codes = [...policyTerms.flatMap((t) => t.jurisdiction), ...lists.map((l) => l.jurisdiction)];
    for (const code of codes) expect(code).toMatch(/^(?:[A-Z]{2}|INTL|G7)$/);
    const usmca = policyTerms.find((t) => t.id === 'usmca')!;
    expect(usmca.jurisdiction).toEqual(['US', 'MX', 'CA']);
    expect(lists.find((l) => l.id === 'eu-crma-critical')!.jurisdiction).toBe('EU');
  });

  it('an English name or an unknown code fails the check, naming the file, entry and field', () => {
    const files = structuredClone(loadFiles().files) as { policyTerms: Terms; lists: Lists };
    files.policyTerms.find((t) => t.id === 'usmca')!.jurisdiction = ['US', 'Mexico'];
    files.policyTerms.find((t) => t.id === 'wto')!.jurisdiction = ['XX'];
    files.lists.find((l) => l.id === 'india-2023')!.jurisdiction = 'UK'; // GB's old alias
    const messages = parseDataset(files as never).issues.map(formatIssue);
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/policy-terms\.json, entry "usmca", field jurisdiction\[1\]: unknown jurisdiction code "Mexico"/,
      ),
      expect.stringMatching(
        /^data\/policy-terms\.json, entry "wto", field jurisdiction\[0\]: unknown .* "XX"/,
      ),
      expect.stringMatching(/^data\/lists\.json, entry "india-2023", field jurisdiction: unknown .* "UK"/),
    ]);
  });

  it('codes that name no country are refused too: UN, the eurozone, unknown and private-use codes', () => {
    const files = loadFiles().files as { policyTerms: Terms };
    for (const code of ['UN', 'EZ', 'ZZ', 'QO', 'AA', 'XK', 'us', 'USA', 'International']) {
      const copy = structuredClone(files);
      copy.policyTerms.find((t) => t.id === 'wto')!.jurisdiction = [code];
      expect(parseDataset(copy as never).issues, code).toHaveLength(1);
    }
  });
});

describe('jurisdictions are named in the reader’s language', () => {
  it('countries and the EU by Intl, INTL and G7 from their own two names', () => {
    expect(['US', 'MX', 'CD', 'EU', 'INTL', 'G7'].map((c) => jurisdictionName(c, 'en'))).toEqual([
      'United States',
      'Mexico',
      'DR Congo',
      'European Union',
      'International',
      'G7',
    ]);
    expect(['US', 'MX', 'CD', 'EU', 'INTL', 'G7'].map((c) => jurisdictionName(c, 'es'))).toEqual([
      'Estados Unidos',
      'México',
      'RD del Congo',
      'Unión Europea',
      'Internacional',
      'G7',
    ]);
  });

  it('the briefing’s and the Markdown export’s key facts name them, in English and in Spanish', () => {
    const file = JSON.parse(readGenerated('entries')) as EntriesFile;
    const jurisdiction = (id: string, locale: 'en' | 'es') => {
      const lookup = localizeLookup(createEntryLookup(file), file, locale);
      const t = createTranslator(locale === 'es' ? 'es-MX' : 'en-US');
      const facts = keyFacts(lookup.entry(id)!, lookup, t, '2026-12-06');
      return facts.find((f) => f.label === t('facts.jurisdiction'))?.value;
    };
    expect(jurisdiction('usmca', 'en')).toBe('United States, Mexico, Canada');
    expect(jurisdiction('usmca', 'es')).toBe('Estados Unidos, México, Canadá');
    expect(jurisdiction('lobito-corridor', 'es')).toBe('Angola, RD del Congo, Zambia, Internacional');
    expect(jurisdiction('g7-finance-critical-minerals-meeting-2026', 'en')).toBe('G7, International');
  });
});
