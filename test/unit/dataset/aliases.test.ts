import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../lib/dataset/check-aliases';
import type { Alias } from '../../../lib/dataset/schema-common';
import { loadDataset } from './load';

describe('match strings', () => {
  const d = loadDataset();
  const entries = [...d.minerals, ...d.groups, ...d.policyTerms];
  const all = entries.flatMap((e) => e.aliases.map((a) => ({ id: e.id, ...a })));
  const owners = (text: string) => [
    ...new Set(all.filter((a) => matchKey(a.text) === matchKey(text)).map((a) => a.id)),
  ];
  const alias = (id: string, text: string): Alias | undefined =>
    entries.find((e) => e.id === id)!.aliases.find((a) => a.text === text);

  it('never contain a note in parentheses or brackets', () => {
    expect(all.filter((a) => /[()[\]{}]/.test(a.text)).map((a) => `${a.id}: ${a.text}`)).toEqual([]);
  });

  it('are claimed by one entry unless every claimant marks them shared', () => {
    const clashes = [...new Set(all.map((a) => matchKey(a.text)))].filter((k) => owners(k).length > 1);
    for (const key of clashes) {
      expect(
        all.filter((a) => matchKey(a.text) === key).every((a) => a.shared),
        key,
      ).toBe(true);
    }
    expect(owners('NdPr').sort()).toEqual(['neodymium', 'praseodymium']);
  });

  it.each([
    'REE',
    'REEs',
    'rare earths',
    'rare earth elements',
    'tierras raras',
    'terres rares',
    'lanthanides',
    'PGMs',
    'PGM',
    'PGE',
    'platinum group metals',
    'metales del grupo del platino',
  ])('the group word %j belongs only to a group entry', (text) => {
    const ids = owners(text);
    expect(ids).toHaveLength(1);
    expect(d.groups.map((g) => g.id)).toContain(ids[0]);
  });

  it.each([
    ['lead', 'lead'],
    ['tin', 'tin'],
    ['silver', 'silver'],
    ['copper', 'copper'],
    ['nickel', 'nickel'],
    ['cobalt', 'cobalt'],
    ['platinum', 'platinum'],
    ['silicon', 'silicon'],
    ['chromium', 'chromium'],
    ['chromium', 'chrome'],
    ['potash', 'potash'],
    ['inflation-reduction-act', 'IRA'],
    ['defense-production-act-title-iii', 'DPA'],
    ['silver', 'plata'],
    ['lead', 'plomo'],
    ['copper', 'cobre'],
    ['indium', 'indio'],
    ['secretaria-de-economia', 'SE'],
  ])('%s: %j is flagged ambiguous', (id, text) => {
    expect(alias(id, text)?.ambiguous).toBe(true);
  });

  it.each([
    ['lithium', 'lithium'],
    ['lithium', 'litio'],
    ['gallium', 'gallium'],
    ['rare-earth-elements', 'rare earths'],
    ['usmca', 'USMCA'],
  ])('%s: %j is not ambiguous', (id, text) => {
    expect(alias(id, text)?.ambiguous).toBe(false);
  });

  it('acronyms are case-sensitive, names are not', () => {
    for (const [id, text] of [
      ['rare-earth-elements', 'REE'],
      ['inflation-reduction-act', 'IRA'],
      ['usmca', 'T-MEC'],
      ['usmca', 'TMEC'],
      ['feoc', 'FEOC'],
      ['usgs', 'USGS'],
    ]) {
      expect(alias(id!, text!)?.caseSensitive, text).toBe(true);
    }
    expect(alias('lithium', 'lithium')?.caseSensitive).toBe(false);
  });

  it.each([
    ['silicon', 'Silicon Valley'],
    ['silver', 'silver medal'],
    ['lead', 'lead singer'],
    ['chromium', 'Chromium browser'],
    ['tin', 'tin can'],
    ['platinum', 'platinum album'],
    ['silver', 'medalla de plata'],
  ])('%s lists the non-mineral phrase %j', (id, phrase) => {
    expect(entries.find((e) => e.id === id)!.negatives).toContain(phrase);
  });

  it.each([
    ['lithium', 'litio'],
    ['cobalt', 'cobalto'],
    ['rare-earth-elements', 'tierras raras'],
    ['graphite', 'grafito'],
    ['copper', 'cobre'],
    ['silver', 'plata'],
    ['lead', 'plomo'],
    ['tin', 'estaño'],
    ['usmca', 'T-MEC'],
    ['usmca', 'TMEC'],
    ['secretaria-de-economia', 'Secretaría de Economía'],
    ['inflation-reduction-act', 'Ley de Reducción de la Inflación'],
    ['critical-mineral', 'minerales críticos'],
    ['nickel', 'níquel'],
  ])('%s has the Spanish form %j', (id, text) => {
    expect(alias(id, text)?.lang).toBe('es');
  });

  it('has English spelling variants and French names', () => {
    expect(alias('aluminum', 'aluminium')).toBeDefined();
    expect(alias('cesium', 'caesium')).toBeDefined();
    expect(alias('barite', 'baryte')).toBeDefined();
    expect(alias('rare-earth-elements', 'terres rares')?.lang).toBe('fr');
    expect(alias('tungsten', 'tungstène')?.lang).toBe('fr');
    const langs = new Set(all.map((a) => a.lang));
    expect([...langs].sort()).toEqual(['en', 'es', 'fr']);
  });

  it('strips the reference notes: bauxite and HPA are plain aliases of aluminum', () => {
    expect(alias('aluminum', 'bauxite')).toBeDefined();
    expect(alias('aluminum', 'high-purity alumina')).toBeDefined();
    expect(alias('aluminum', 'HPA')).toMatchObject({ caseSensitive: true });
  });

  it('every mineral and group is matched by its own English and Spanish names', () => {
    for (const e of [...d.minerals, ...d.groups]) {
      const keys = e.aliases.map((a) => matchKey(a.text));
      expect(keys, e.id).toContain(matchKey(e.name));
      expect(keys, e.id).toContain(matchKey(e.localNames.es));
    }
  });
});
