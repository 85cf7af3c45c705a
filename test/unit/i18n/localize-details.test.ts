import { describe, expect, test } from 'vitest';
import { jurisdictionLine } from '@/lib/i18n/jurisdiction-name';
import { localizeDetails, pickText } from '@/lib/i18n/localize-details';
import { detailsOf } from '../card/details';

// Country names come from Intl in the reader's language, from the ISO codes the data stores
// (producers and import sources from the import, policy jurisdictions by hand): never from a table
// of our own.
describe('localizeDetails', () => {
  test('producers are named in Spanish from their ISO code, the English kept for English', () => {
    const cobalt = detailsOf('cobalt');
    const english = cobalt.entry.kind === 'mineral' ? cobalt.entry.figures.production[0] : undefined;
    const spanish = localizeDetails(cobalt, 'es').entry;
    const es = spanish.kind === 'mineral' ? spanish.figures.production[0] : undefined;
    if (english?.status !== 'reported' || es?.status !== 'reported') throw new Error('cobalt has production');
    expect(english.countries[0]).toMatchObject({ country: 'DR Congo', code: 'CD' });
    expect(es.countries[0]).toMatchObject({ country: 'RD del Congo', code: 'CD' });
    expect(localizeDetails(cobalt, 'en')).toBe(cobalt);
  });

  test('policy jurisdictions stay codes, named in Spanish where shown; the USGS basis reads in Spanish', () => {
    const usmca = localizeDetails(detailsOf('usmca'), 'es').entry;
    if (usmca.kind !== 'policy') throw new Error('usmca is a policy term');
    expect(usmca.jurisdiction).toEqual(['US', 'MX', 'CA']);
    expect(jurisdictionLine(usmca.jurisdiction, 'es')).toBe('Estados Unidos, México, Canadá');
    const lithium = localizeDetails(detailsOf('lithium'), 'es').entry;
    const block = lithium.kind === 'mineral' ? lithium.figures.production[0] : undefined;
    expect(block?.status === 'reported' && block.basis).toBe('Producción minera, contenido de litio');
    expect(lithium.name).toBe('Litio');
  });

  test('pickText falls back to the English only where no Spanish is written', () => {
    expect(pickText({ en: 'In force', es: 'Vigente' }, 'es')).toBe('Vigente');
    expect(pickText({ en: 'In force' }, 'es')).toBe('In force');
    expect(pickText({ en: 'In force', es: 'Vigente' }, 'en')).toBe('In force');
  });
});
