import { type EntrySpec, mine, processed } from './import-spec';
import { reeProduction, heavyRee, nir } from './import-map-helpers';

/** Import specs for entries a–f; see import-map.ts. */
export const IMPORT_MAP_A_F: Record<string, EntrySpec> = {
  aluminum: {
    production: [
      processed('ALUMINUM', 'Aluminum', 'Smelter production', 'Primary aluminum, smelter production'),
      {
        ...mine('BAUXITE AND ALUMINA', 'Bauxite', 'Bauxite (aluminum ore), mine production, dry weight'),
        detail: 'Bauxite, mine production',
        totalDetail: 'Bauxite, mine production: rounded',
        t7: 'Aluminum (bauxite)',
      },
      processed(
        'BAUXITE AND ALUMINA',
        'Alumina',
        'Alumina, refinery production',
        'Alumina, refinery production, dry weight',
      ),
    ],
    importReliance: [
      nir('ALUMINUM', 'Aluminum', 'Aluminum metal', { fig2: 'ALUMINUM' }),
      nir('BAUXITE AND ALUMINA', 'Bauxite', 'Bauxite', {
        imports: { commodity: 'Bauxite', detail: 'Bauxite' },
        fig2: 'BAUXITE',
      }),
      nir('BAUXITE AND ALUMINA', 'Alumina', 'Alumina', {
        imports: { commodity: 'Alumina', detail: 'Alumina' },
        fig2: 'ALUMINA',
      }),
    ],
  },
  antimony: {
    production: [mine('ANTIMONY', 'Antimony', 'Mine production, antimony content', { t7: 'Antimony' })],
    importReliance: [
      nir('ANTIMONY', 'Antimony', 'Antimony metal and oxide', {
        imports: { commodity: 'Antimony', detail: 'Total metal and oxide' },
        fig2: 'ANTIMONY, metal and oxide',
      }),
    ],
  },
  arsenic: {
    production: [
      processed(
        'ARSENIC',
        'Arsenic',
        'Production (arsenic trioxide, gross weight)',
        'Arsenic trioxide production, gross weight',
        {
          t7: 'Arsenic',
        },
      ),
    ],
    importReliance: [
      nir('ARSENIC', 'Arsenic', 'All forms of arsenic', {
        imports: { commodity: 'Arsenic', detail: 'All forms of arsenic' },
        fig2: 'ARSENIC, all forms',
      }),
    ],
  },
  barite: {
    production: [mine('BARITE', 'Barite', 'Barite, mine production', { t7: 'Barite' })],
    importReliance: [nir('BARITE', 'Barite', 'Barite', { fig2: 'BARITE' })],
  },
  beryllium: {
    production: [mine('BERYLLIUM', 'Beryllium', 'Mine production, beryllium content', { t7: 'Beryllium' })],
    importReliance: [nir('BERYLLIUM', 'Beryllium', 'Beryllium')],
  },
  bismuth: {
    production: [
      processed('BISMUTH', 'Bismuth', 'Refinery production', 'Refined bismuth production', { t7: 'Bismuth' }),
    ],
    importReliance: [nir('BISMUTH', 'Bismuth', 'Bismuth', { fig2: 'BISMUTH' })],
  },
  boron: {
    production: [
      {
        chapter: 'BORON',
        commodity: 'Boron',
        detail: 'Production—',
        totalDetail: 'Production—All forms',
        basis: 'Boron minerals and compounds, in the form each country reports',
        stage: 'mining',
        mixedForms: true,
        note: 'Countries report different products (crude ore, ulexite, refined borates, boric oxide), so USGS gives no world total and the amounts are not comparable with each other.',
        t7: 'Boron',
      },
    ],
    importReliance: [
      nir('BORON', 'Boron', 'Boron, all forms', { imports: { commodity: 'Boron', detail: 'All forms' } }),
    ],
  },
  cadmium: {
    production: [processed('CADMIUM', 'Cadmium', 'Refinery production', 'Refined cadmium production')],
    importReliance: [nir('CADMIUM', 'Cadmium', 'Cadmium metal', { fig2: 'CADMIUM' })],
  },
  cesium: {
    production: [
      {
        notReported:
          'USGS publishes no world production figures for cesium; MCS 2026 gives only a reserves estimate.',
      },
    ],
    importReliance: [
      nir('CESIUM', 'Cesium', 'Cesium', { imports: undefined, importsFromFig2: true, fig2: 'CESIUM' }),
    ],
  },
  chromium: {
    production: [
      mine('CHROMIUM', 'Chromium', 'Chromite ore, mine production, gross weight', { t7: 'Chromium' }),
    ],
    importReliance: [
      nir('CHROMIUM', 'Chromium', 'Chromium, all forms', {
        imports: { commodity: 'Chromium', detail: 'Total imports' },
        fig2: 'CHROMIUM, all forms',
      }),
    ],
  },
  cobalt: {
    production: [mine('COBALT', 'Cobalt', 'Mine production, cobalt content', { t7: 'Cobalt' })],
    importReliance: [
      nir('COBALT', 'Cobalt', 'Cobalt', {
        imports: { commodity: 'Cobalt', detail: 'Metal, oxide, and salts' },
        fig2: 'COBALT',
      }),
    ],
  },
  copper: {
    production: [
      mine('COPPER', 'Copper', 'Mine production, copper content', { t7: 'Copper' }),
      processed('COPPER', 'Copper', 'Refinery production', 'Refined copper production'),
    ],
    importReliance: [
      nir('COPPER', 'Copper', 'Refined copper', {
        imports: { commodity: 'Copper', detail: 'Refined copper' },
        fig2: 'COPPER, refined',
      }),
    ],
  },
  fluorspar: {
    production: [mine('FLUORSPAR', 'Fluorspar', 'Fluorspar, mine production', { t7: 'Fluorspar' })],
    importReliance: [nir('FLUORSPAR', 'Fluorspar', 'Fluorspar', { fig2: 'FLUORSPAR' })],
  },
  // The heavy rare earths chapter covers dysprosium (it prices its oxide), like terbium and holmium.
  dysprosium: { production: [reeProduction('dysprosium')], importReliance: [heavyRee('Dysprosium', 'none')] },
  erbium: { production: [reeProduction('erbium')], importReliance: [heavyRee('Erbium')] },
};
