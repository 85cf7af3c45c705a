import type { EntrySpec } from './import-spec';
import { REE, reeImports, reeProduction } from './import-map-helpers';
import { IMPORT_MAP_A_F } from './import-map-a-f';
import { IMPORT_MAP_G_P } from './import-map-g-p';
import { IMPORT_MAP_R_Z } from './import-map-r-z';

/**
 * For every dataset entry with a USGS figure (or a reason it has none): the MCS 2026 rows to read.
 * Minerals missing here fail the import, so a new entry cannot silently lack figures.
 */
export const IMPORT_MAP: Record<string, EntrySpec> = {
  ...IMPORT_MAP_A_F,
  ...IMPORT_MAP_G_P,
  ...IMPORT_MAP_R_Z,
  // Light and medium rare earths: USGS has neither production nor reliance figures per element.
  ...Object.fromEntries(
    REE.map((id) => [id, { production: [reeProduction(id)], importReliance: [reeImports(id)] }]),
  ),
};
