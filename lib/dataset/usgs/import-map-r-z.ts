import { type EntrySpec, mine, processed } from './import-spec';
import { noChapter, reeProduction, minorPgm, heavyRee, nir } from './import-map-helpers';

/** Import specs for entries r–z; see import-map.ts. */
export const IMPORT_MAP_R_Z: Record<string, EntrySpec> = {
  'rare-earth-elements': {
    production: [
      mine('RARE EARTHS', 'Rare Earths', 'Rare-earth mine production, rare-earth-oxide equivalent', {
        scope: 'group',
        t7: 'Rare earths (compounds and metals)9',
      }),
    ],
    importReliance: [
      nir('RARE EARTHS', 'Rare Earths', 'Rare-earth compounds and metals', {
        scope: 'group',
        detail: 'Net import reliance as a percentage of apparent consumption: Compounds and metals',
        imports: { commodity: 'Rare Earths', detail: 'Rare-earth compounds and metals' },
        fig2: 'RARE EARTHS, compounds and metals',
      }),
      nir('RARE EARTHS', 'Rare Earths', 'Rare-earth mineral concentrates', {
        scope: 'group',
        detail: 'Net import reliance as a percentage of apparent consumption: Mineral concentrates',
        imports: undefined,
      }),
    ],
  },
  rhenium: {
    production: [mine('RHENIUM', 'Rhenium', 'Mine production, rhenium content', { t7: 'Rhenium' })],
    importReliance: [
      nir('RHENIUM', 'Rhenium', 'Rhenium', {
        imports: { commodity: 'Rhenium', detail: 'Total imports' },
        fig2: 'RHENIUM',
      }),
    ],
  },
  rhodium: { production: [minorPgm('rhodium')], importReliance: [minorPgm('rhodium')] },
  rubidium: {
    production: [
      {
        notReported:
          'USGS publishes no world production figures for rubidium; MCS 2026 gives only a reserves estimate.',
      },
    ],
    importReliance: [
      nir('RUBIDIUM', 'Rubidium', 'Rubidium', {
        imports: undefined,
        importsFromFig2: true,
        relianceFromFig2: true,
        fig2: 'RUBIDIUM',
        note: 'The CSV has no rubidium reliance row; value and sources are from MCS 2026 Figure 2. USGS gives one combined import share for China, Germany and Russia and notes that reliable data on the origin of rubidium ore are lacking.',
      }),
    ],
  },
  ruthenium: { production: [minorPgm('ruthenium')], importReliance: [minorPgm('ruthenium')] },
  scandium: {
    production: [
      {
        chapter: 'SCANDIUM',
        commodity: 'Scandium',
        detail: 'global production',
        totalDetail: 'global production',
        basis: 'World scandium production, scandium oxide equivalent',
        stage: 'processing',
        note: 'USGS gives only a world estimate, without a breakdown by country.',
        t7: 'Scandium',
      },
    ],
    importReliance: [nir('SCANDIUM', 'Scandium', 'Scandium', { fig2: 'SCANDIUM' })],
  },
  silicon: {
    production: [
      {
        ...processed('SILICON', 'Silicon', 'Silicon metal', 'Silicon metal production, silicon content'),
        t7: 'Silicon',
      },
      processed('SILICON', 'Silicon', 'Ferrosilicon', 'Ferrosilicon production, silicon content'),
    ],
    importReliance: [
      nir('SILICON', 'Silicon', 'Silicon metal and ferrosilicon', {
        detail: 'Net import reliance as a percentage of apparent consumption: Total',
        imports: { commodity: 'Silicon', detail: 'Total' },
        fig2: 'SILICON, metal and ferrosilicon',
      }),
    ],
  },
  silver: {
    production: [mine('SILVER', 'Silver', 'Mine production, silver content', { t7: 'Silver' })],
    importReliance: [nir('SILVER', 'Silver', 'Silver', { fig2: 'SILVER' })],
  },
  tantalum: {
    production: [mine('TANTALUM', 'Tantalum', 'Mine production, tantalum content', { t7: 'Tantalum' })],
    importReliance: [
      nir('TANTALUM', 'Tantalum', 'Tantalum', {
        imports: { commodity: 'Tantalum', detail: 'Total' },
        fig2: 'TANTALUM',
      }),
    ],
  },
  tellurium: {
    production: [
      processed('TELLURIUM', 'Tellurium', 'Refinery production', 'Refined tellurium production', {
        t7: 'Tellurium',
      }),
    ],
    importReliance: [nir('TELLURIUM', 'Tellurium', 'Tellurium', { fig2: 'TELLURIUM' })],
  },
  terbium: { production: [reeProduction('terbium')], importReliance: [heavyRee('Terbium')] },
  ytterbium: { production: [reeProduction('ytterbium')], importReliance: [heavyRee('Ytterbium')] },
  tin: {
    production: [mine('TIN', 'Tin', 'Mine production, tin content', { t7: 'Tin' })],
    importReliance: [
      nir('TIN', 'Tin', 'Refined tin', {
        imports: { commodity: 'Tin', detail: 'Refined tin' },
        fig2: 'TIN, refined',
      }),
    ],
  },
  titanium: {
    production: [
      {
        ...processed(
          'TITANIUM AND TITANIUM DIOXIDE',
          'Titanium Sponge Metal',
          'Titanium sponge metal production',
          'Titanium sponge metal production',
        ),
        t7: 'Titanium (metal)',
      },
      {
        ...mine(
          'TITANIUM MINERAL CONCENTRATES',
          'Titanium Mineral Concentrates',
          'Ilmenite, mine production, TiO2 content',
        ),
        detail: 'Mine production: Ilmenite',
        totalDetail: 'Mine production: ilmenite, rounded',
      },
      {
        ...mine(
          'TITANIUM MINERAL CONCENTRATES',
          'Titanium Mineral Concentrates',
          'Rutile, mine production, TiO2 content',
        ),
        detail: 'Mine production: Rutile',
        totalDetail: 'Mine production: rutile, rounded',
      },
    ],
    importReliance: [
      nir('TITANIUM AND TITANIUM DIOXIDE', 'Titanium sponge metal', 'Titanium sponge metal', {
        imports: { commodity: 'Titanium Sponge Metal', detail: 'Titanium Sponge Metal' },
        fig2: 'TITANIUM, sponge metal',
      }),
      nir('TITANIUM MINERAL CONCENTRATES', 'Titanium Mineral Concentrates', 'Titanium mineral concentrates', {
        fig2: 'TITANIUM MINERAL CONCENTRATES',
      }),
    ],
  },
  tungsten: {
    production: [mine('TUNGSTEN', 'Tungsten', 'Mine production, tungsten content', { t7: 'Tungsten' })],
    importReliance: [
      nir('TUNGSTEN', 'Tungsten', 'Tungsten', {
        imports: { commodity: 'Tungsten', detail: 'Ores, concentrates, and other forms' },
        fig2: 'TUNGSTEN',
      }),
    ],
  },
  uranium: { production: [noChapter('uranium')], importReliance: [noChapter('uranium')] },
  vanadium: {
    production: [mine('VANADIUM', 'Vanadium', 'Mine production, vanadium content', { t7: 'Vanadium' })],
    importReliance: [
      nir('VANADIUM', 'Vanadium', 'Vanadium', {
        imports: { commodity: 'Vanadium', detail: 'Total' },
        fig2: 'VANADIUM',
      }),
    ],
  },
  yttrium: {
    production: [
      {
        chapter: 'YTTRIUM',
        commodity: 'Yttrium',
        detail: 'mine production of Y2O3 equivalent contained in rare-earth mineral concentrates',
        totalDetail: 'mine production of Y2O3 equivalent contained in rare-earth mineral concentrates',
        basis: 'Yttrium oxide contained in rare-earth mineral concentrates, mine production',
        stage: 'mining',
        note: 'USGS gives only a world range, without a breakdown by country.',
      },
    ],
    importReliance: [nir('YTTRIUM', 'Yttrium', 'Yttrium', { fig2: 'YTTRIUM' })],
  },
  zinc: {
    production: [mine('ZINC', 'Zinc', 'Mine production, zinc content', { t7: 'Zinc' })],
    importReliance: [
      nir('ZINC', 'Zinc', 'Refined zinc', {
        detail: 'Net import reliance as a percentage of apparent consumption: Refined zinc',
        imports: { commodity: 'Zinc', detail: 'Refined metal' },
        fig2: 'ZINC, refined',
      }),
    ],
  },
  zirconium: {
    production: [
      {
        ...mine(
          'ZIRCONIUM AND HAFNIUM',
          'Zirconium',
          'Zirconium mineral concentrates, mine production, gross weight',
        ),
        detail: 'Zirconium mineral concentrates, mine production (thousand metric tons, gross weight)',
        totalDetail:
          'Zirconium mineral concentrates, mine production (thousand metric tons, gross weight): rounded',
        t7: 'Zirconium (ores and concentrates)',
      },
    ],
    importReliance: [
      nir('ZIRCONIUM AND HAFNIUM', 'Zirconium', 'Zirconium ores and concentrates', {
        detail:
          'Net import reliance as a percentage of apparent consumption: Zirconium ores and concentrates',
        imports: { commodity: 'Zirconium', detail: 'Zirconium ores and concentrates' },
        fig2: 'ZIRCONIUM, ores and concentrates',
      }),
    ],
  },
};
