import { describe, expect, it } from 'vitest';
import { POLICY_KIND_SLUGS } from '../../../lib/dataset/categories';
import { loadDataset } from './load';

// An independent table, so a typo in minerals.json cannot pass by agreeing with itself.
const ELEMENTS: Record<string, [string, number]> = {
  aluminum: ['Al', 13],
  antimony: ['Sb', 51],
  arsenic: ['As', 33],
  beryllium: ['Be', 4],
  bismuth: ['Bi', 83],
  boron: ['B', 5],
  cadmium: ['Cd', 48],
  cerium: ['Ce', 58],
  cesium: ['Cs', 55],
  chromium: ['Cr', 24],
  cobalt: ['Co', 27],
  copper: ['Cu', 29],
  dysprosium: ['Dy', 66],
  erbium: ['Er', 68],
  europium: ['Eu', 63],
  gadolinium: ['Gd', 64],
  gallium: ['Ga', 31],
  germanium: ['Ge', 32],
  hafnium: ['Hf', 72],
  holmium: ['Ho', 67],
  indium: ['In', 49],
  iridium: ['Ir', 77],
  lanthanum: ['La', 57],
  lead: ['Pb', 82],
  lithium: ['Li', 3],
  lutetium: ['Lu', 71],
  magnesium: ['Mg', 12],
  manganese: ['Mn', 25],
  neodymium: ['Nd', 60],
  nickel: ['Ni', 28],
  niobium: ['Nb', 41],
  palladium: ['Pd', 46],
  platinum: ['Pt', 78],
  praseodymium: ['Pr', 59],
  rhenium: ['Re', 75],
  rhodium: ['Rh', 45],
  rubidium: ['Rb', 37],
  ruthenium: ['Ru', 44],
  samarium: ['Sm', 62],
  scandium: ['Sc', 21],
  silicon: ['Si', 14],
  silver: ['Ag', 47],
  tantalum: ['Ta', 73],
  tellurium: ['Te', 52],
  terbium: ['Tb', 65],
  thulium: ['Tm', 69],
  tin: ['Sn', 50],
  titanium: ['Ti', 22],
  tungsten: ['W', 74],
  uranium: ['U', 92],
  vanadium: ['V', 23],
  ytterbium: ['Yb', 70],
  yttrium: ['Y', 39],
  zinc: ['Zn', 30],
  zirconium: ['Zr', 40],
};
const NON_ELEMENTS = ['barite', 'fluorspar', 'graphite', 'metallurgical-coal', 'phosphate', 'potash'];

describe('coverage', () => {
  const d = loadDataset();
  const mineral = (id: string) => d.minerals.find((m) => m.id === id)!;

  it('has all 60 minerals of the USGS 2025 list, named as USGS names them, plus cadmium', () => {
    const usgs = d.lists.find((l) => l.id === 'usgs-2025')!;
    for (const item of usgs.items) expect(mineral(item.entryIds[0]!).usgsName).toBe(item.as);
    expect(d.minerals.map((m) => m.id).sort()).toEqual(
      [...usgs.items.map((i) => i.entryIds[0]!), 'cadmium'].sort(),
    );
  });

  it.each(Object.entries(ELEMENTS))('%s has symbol and atomic number %j', (id, [symbol, z]) => {
    expect([mineral(id).symbol, mineral(id).atomicNumber]).toEqual([symbol, z]);
  });

  it.each(NON_ELEMENTS)('%s is not an element: symbol and atomic number are null', (id) => {
    expect([mineral(id).symbol, mineral(id).atomicNumber]).toEqual([null, null]);
    expect(mineral(id).relatedElement).toBeDefined();
  });

  it('gives every mineral a group, description and (for the 60) main uses with a source', () => {
    for (const m of d.minerals) {
      expect(m.description.length, m.id).toBeGreaterThan(60);
      if (m.id !== 'cadmium') expect(m.mainUses?.source.sourceId, m.id).toBe('usgs-mcs-2026-data');
    }
  });

  it('the rare earth group lists 17 elements: 16 entries plus promethium', () => {
    const ree = d.groups.find((g) => g.id === 'rare-earth-elements')!;
    expect(ree.memberIds).toHaveLength(16);
    expect(ree.otherMembers.map((m) => m.symbol)).toEqual(['Pm']);
    expect(ree.memberIds.every((id) => mineral(id).group === 'rare-earth-element')).toBe(true);
  });

  it('the platinum group lists 6 metals: 5 entries plus osmium', () => {
    const pgm = d.groups.find((g) => g.id === 'platinum-group-metals')!;
    expect(pgm.memberIds.sort()).toEqual(['iridium', 'palladium', 'platinum', 'rhodium', 'ruthenium']);
    expect(pgm.otherMembers.map((m) => m.symbol)).toEqual(['Os']);
  });

  it('has at least 60 policy terms of every kind, each with a definition, jurisdiction and source', () => {
    expect(d.policyTerms.length).toBeGreaterThanOrEqual(60);
    expect(new Set(d.policyTerms.map((t) => t.kind))).toEqual(new Set(POLICY_KIND_SLUGS));
    for (const t of d.policyTerms) {
      expect(t.definition.length, t.id).toBeGreaterThan(60);
      expect(t.jurisdiction.length, t.id).toBeGreaterThan(0);
    }
  });

  it('covers the critical-minerals concepts readers meet: U.S. critical mineral, EU critical and strategic raw materials', () => {
    const ids = d.policyTerms.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining(['critical-mineral', 'critical-raw-material-eu', 'strategic-raw-material-eu']),
    );
  });

  it('dates policy terms as precisely as the sources allow (ISO dates or null)', () => {
    expect(d.policyTerms.find((t) => t.id === 'usmca')!.date).toBe('2020-07-01');
    expect(d.policyTerms.find((t) => t.id === 'critical-minerals-ministerial-2026')!.definition).toMatch(
      /54 countries and the European Commission/,
    );
  });
});
