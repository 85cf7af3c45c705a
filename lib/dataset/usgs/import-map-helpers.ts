import type { ImportRelianceSpec, NotReportedSpec } from './import-spec';

/** Shorthands for the import map, so each entry reads as what USGS reports rather than boilerplate. */
export const noChapter = (name: string): NotReportedSpec => ({
  notReported: `MCS 2026 has no ${name} chapter: USGS does not collect data on metallurgical coal or uranium (MCS 2026 Table 6).`,
});
export const reeProduction = (name: string): NotReportedSpec => ({
  notReported: `USGS reports rare-earth mine production only for the group, in rare-earth-oxide equivalent; there is no figure for ${name} alone.`,
  groupEntryId: 'rare-earth-elements',
});
export const reeImports = (name: string): NotReportedSpec => ({
  notReported: `USGS reports U.S. net import reliance for rare earths as a group (compounds and metals); there is no figure for ${name} alone.`,
  groupEntryId: 'rare-earth-elements',
});
export const minorPgm = (name: string): NotReportedSpec => ({
  notReported: `Of the platinum-group metals, MCS 2026 reports production and net import reliance only for platinum and palladium; there is no figure for ${name}.`,
});
export const heavyRee = (element: string, sources: 'own' | 'none' = 'own'): ImportRelianceSpec => ({
  chapter: 'RARE EARTHS (Heavy)',
  commodity: 'Rare Earths (Heavy)',
  basis: 'Heavy rare earths other than yttrium, compounds and metals (group figure)',
  scope: 'group',
  ...(sources === 'own'
    ? { imports: { commodity: element, detail: `${element} compounds and metals` } }
    : {}),
  note:
    sources === 'own'
      ? `The reliance figure is USGS's for heavy rare earths as a group; the import sources are for ${element.toLowerCase()} itself.`
      : // Dysprosium: the heavy chapter covers it (it prices dysprosium oxide) but lists no import sources for it.
        `The reliance figure is USGS's for heavy rare earths as a group, whose MCS 2026 chapter covers ${element.toLowerCase()}; the chapter lists no import sources for ${element.toLowerCase()}.`,
});
export const nir = (
  chapter: string,
  commodity: string,
  basis: string,
  extra: Partial<ImportRelianceSpec> = {},
): ImportRelianceSpec => ({
  chapter,
  commodity,
  basis,
  imports: { commodity, detail: 'All' },
  ...extra,
});

export const REE = [
  'cerium',
  'europium',
  'gadolinium',
  'lanthanum',
  'neodymium',
  'praseodymium',
  'samarium',
  'thulium',
];
