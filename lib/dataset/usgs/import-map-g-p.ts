import { type EntrySpec, mine, processed } from './import-spec';
import { noChapter, reeProduction, minorPgm, heavyRee, nir } from './import-map-helpers';

/** Import specs for entries g–p; see import-map.ts. */
export const IMPORT_MAP_G_P: Record<string, EntrySpec> = {
  gallium: {
    production: [
      processed('GALLIUM', 'Gallium', 'Primary production', 'Primary low-purity gallium production', {
        t7: 'Gallium',
        note: "USGS's rounded world total equals China's estimate, so China's share computes as 100% although Japan and Russia also produce small amounts; China's share of the listed countries' output is about 99%.",
      }),
    ],
    importReliance: [
      nir('GALLIUM', 'Gallium', 'Gallium metal', {
        imports: { commodity: 'Gallium', detail: 'Metal' },
        fig2: 'GALLIUM',
      }),
    ],
  },
  germanium: {
    production: [{ notReported: 'MCS 2026 gives no world production figures for germanium.' }],
    importReliance: [
      nir('GERMANIUM', 'Germanium', 'Germanium metal and dioxide', {
        imports: { commodity: 'Germanium', detail: 'Combined total' },
        fig2: 'GERMANIUM',
      }),
    ],
  },
  graphite: {
    production: [
      mine('GRAPHITE (NATURAL)', 'Graphite (Natural)', 'Natural graphite, mine production', {
        t7: 'Graphite (natural)',
      }),
    ],
    importReliance: [
      nir('GRAPHITE (NATURAL)', 'Graphite (Natural)', 'Natural graphite', { fig2: 'GRAPHITE (NATURAL)' }),
    ],
  },
  hafnium: {
    production: [
      {
        notReported: 'USGS states that world primary hafnium production data were not available (MCS 2026).',
      },
    ],
    importReliance: [
      nir('ZIRCONIUM AND HAFNIUM', 'Hafnium', 'Hafnium', {
        imports: { commodity: 'Hafnium', detail: 'Hafnium, unwrought' },
      }),
    ],
  },
  indium: {
    production: [
      processed('INDIUM', 'Indium', 'Refinery production', 'Refined indium production', { t7: 'Indium' }),
    ],
    importReliance: [nir('INDIUM', 'Indium', 'Indium', { fig2: 'INDIUM' })],
  },
  iridium: { production: [minorPgm('iridium')], importReliance: [minorPgm('iridium')] },
  lead: {
    production: [mine('LEAD', 'Lead', 'Mine production, lead content', { t7: 'Lead' })],
    importReliance: [
      nir('LEAD', 'Lead', 'Refined lead', {
        imports: { commodity: 'Lead', detail: 'Refined metal' },
        fig2: 'LEAD, refined',
        note: 'MCS 2026 Figure 2 names Canada, the Republic of Korea and Ireland as the major sources; the lead chapter data and Figure 3, used here, give Canada, South Korea, Mexico and Australia.',
      }),
    ],
  },
  lithium: {
    production: [mine('LITHIUM', 'Lithium', 'Mine production, lithium content', { t7: 'Lithium' })],
    importReliance: [nir('LITHIUM', 'Lithium', 'Lithium', { fig2: 'LITHIUM' })],
  },
  magnesium: {
    production: [
      processed(
        'MAGNESIUM METAL',
        'Magnesium Metal',
        'Smelter production',
        'Primary magnesium metal, smelter production',
        {
          t7: 'Magnesium',
        },
      ),
    ],
    importReliance: [
      nir('MAGNESIUM METAL', 'Magnesium Metal', 'Magnesium metal', {
        imports: {
          commodity: 'Magnesium Metal',
          detail:
            'Combined total (includes magnesium content of alloys, metal, powder, scrap, sheet, and other)',
        },
        fig2: 'MAGNESIUM METAL',
      }),
    ],
  },
  manganese: {
    production: [mine('MANGANESE', 'Manganese', 'Mine production, manganese content', { t7: 'Manganese' })],
    importReliance: [
      nir('MANGANESE', 'Manganese', 'Manganese content of principal imports', {
        imports: { commodity: 'Manganese', detail: 'Manganese contained in principal manganese imports' },
        fig2: 'MANGANESE',
      }),
    ],
  },
  'metallurgical-coal': {
    production: [noChapter('metallurgical coal')],
    importReliance: [noChapter('metallurgical coal')],
  },
  nickel: {
    production: [mine('NICKEL', 'Nickel', 'Mine production, nickel content', { t7: 'Nickel' })],
    importReliance: [
      nir('NICKEL', 'Nickel', 'Nickel', {
        imports: { commodity: 'Nickel', detail: 'Primary nickel' },
        fig2: 'NICKEL',
      }),
    ],
  },
  niobium: {
    production: [
      mine('NIOBIUM (COLUMBIUM)', 'Niobium (Columbium)', 'Mine production, niobium content', {
        t7: 'Niobium',
      }),
    ],
    importReliance: [
      nir('NIOBIUM (COLUMBIUM)', 'Niobium (Columbium)', 'Niobium', {
        imports: { commodity: 'Niobium (Columbium)', detail: 'Total imports' },
        fig2: 'NIOBIUM (COLUMBIUM)',
      }),
    ],
  },
  palladium: {
    production: [
      {
        ...mine('PLATINUM-GROUP METALS', 'Palladium', 'Palladium, mine production'),
        detail: 'Mine production: Palladium',
        totalDetail: 'Mine production: Palladium, rounded',
        t7: 'Palladium',
      },
    ],
    importReliance: [
      nir('PLATINUM-GROUP METALS', 'Palladium', 'Palladium', {
        imports: { commodity: 'Palladium', detail: 'Palladium' },
        fig2: 'PALLADIUM',
      }),
    ],
  },
  phosphate: {
    production: [
      mine('PHOSPHATE ROCK', 'Phosphate Rock', 'Marketable phosphate rock, mine production', {
        t7: 'Phosphate rock',
      }),
    ],
    importReliance: [nir('PHOSPHATE ROCK', 'Phosphate Rock', 'Phosphate rock')],
  },
  platinum: {
    production: [
      {
        ...mine('PLATINUM-GROUP METALS', 'Platinum', 'Platinum, mine production'),
        detail: 'Mine production: Platinum',
        totalDetail: 'Mine production: Platinum, rounded',
        t7: 'Platinum',
      },
    ],
    importReliance: [
      nir('PLATINUM-GROUP METALS', 'Platinum', 'Platinum', {
        imports: { commodity: 'Platinum', detail: 'Platinum' },
        fig2: 'PLATINUM',
      }),
    ],
  },
  'platinum-group-metals': {
    production: [
      {
        notReported:
          'USGS reports platinum-group production per metal (platinum and palladium), not for the group.',
      },
    ],
    importReliance: [
      {
        notReported:
          'USGS reports net import reliance per metal (platinum and palladium), not for the group.',
      },
    ],
  },
  potash: {
    production: [mine('POTASH', 'Potash', 'Potash, mine production, K2O equivalent', { t7: 'Potash' })],
    importReliance: [nir('POTASH', 'Potash', 'Potash', { fig2: 'POTASH' })],
  },
  holmium: { production: [reeProduction('holmium')], importReliance: [heavyRee('Holmium')] },
  lutetium: { production: [reeProduction('lutetium')], importReliance: [heavyRee('Lutetium')] },
};
