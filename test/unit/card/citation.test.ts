import { describe, expect, test } from 'vitest';
import { citedSources, formatCitation, shortSourceLabel } from '@/lib/card/citation';
import { createTranslator } from '@/lib/i18n/translate';
import meta from '@/data/meta.json';
import { detailsOf } from './details';

const t = createTranslator('en');

describe('citations', () => {
  test('a mineral cites its figure source with the data year first, then its own sources, and the dataset version', () => {
    const citation = formatCitation(detailsOf('gallium'), t);
    expect(citation).toMatch(
      /^Gallium\. U\.S\. Geological Survey, 2026, Mineral Commodity Summaries 2026 Data Release \(data year 2025\), https:\/\/doi\.org\/10\.5066\/P1WKQ63T; /,
    );
    expect(citation).toContain('Final 2025 List of Critical Minerals (FR Doc. 2025-19813)');
    expect(citation).toContain('IUPAC Periodic Table of the Elements');
    expect(citation.slice(citation.lastIndexOf('; via '))).toBe(
      `; via Mineral Lens dataset ${meta.version}.`,
    );
    expect(citation.match(/Mineral Commodity Summaries 2026 Data Release/g)).toHaveLength(1);
  });

  test('a policy term cites its own sources, without a data year', () => {
    const citation = formatCitation(detailsOf('usmca'), t);
    expect(citation).toContain('USTR notice of USMCA entry into force');
    expect(citation).not.toContain('data year');
  });

  test('Spanish wording for the parts the extension writes', () => {
    expect(formatCitation(detailsOf('gallium'), createTranslator('es'))).toContain('(año de los datos 2025)');
  });

  test('short labels name the USGS summaries compactly, others by publisher and year', () => {
    const [usgs, ...others] = citedSources(detailsOf('gallium'));
    expect(shortSourceLabel(usgs!)).toBe('USGS MCS 2026');
    expect(shortSourceLabel(others.find((s) => s.id === 'iupac-periodic-table')!)).toBe(
      'International Union of Pure and Applied Chemistry, 2022',
    );
  });
});
