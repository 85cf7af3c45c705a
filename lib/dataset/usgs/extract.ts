import type { FiguresFile, MineralFigures } from '../schema-figures';
import { parseCsv, toRecords } from './csv';
import { extractImportReliance, type Fig2Row } from './extract-imports';
import { extractProduction } from './extract-production';
import { extractStory, indexByChapter } from './extract-story';
import { IMPORT_MAP } from './import-map';
import { DATA_YEAR, FIG2_FILE, isNotReported, type NotReportedSpec, USGS_SOURCE_ID } from './import-spec';
import { type McsRow, readMcsRows } from './rows';

/**
 * Pure core of `npm run data:import`: decoded USGS files in, data/usgs-figures.json out. The
 * script does the reading, checksum checks and writing; tests call this directly.
 */
export interface UsgsInput {
  /** MCS2026_Commodities_Data.csv decoded from Windows-1252. */
  mcsCsv: string;
  /** MCS2026_Fig2_Net_Import_Reliance.csv decoded from UTF-8. */
  fig2Csv: string;
  /** The checksummed files, for the provenance block. */
  files: { name: string; sha256: string }[];
}

/**
 * Rows that versionHist.txt corrects in the MCS 2026 report but not in the CSV (rare-earth
 * reserves, v1.3; the footnote on China's 2024 rare-earth output, v1.1). They are dropped before
 * any spec runs, so a spec that ever asks for one fails loudly instead of publishing a superseded value.
 */
const CORRECTED_IN_REPORT: ((r: McsRow) => boolean)[] = [
  (r) => r.chapter === 'RARE EARTHS' && r.statistics === 'Reserves',
  (r) =>
    r.chapter === 'RARE EARTHS' &&
    r.country === 'China' &&
    r.year === '2024' &&
    r.statistics === 'Production',
];

export function readFig2(text: string): Fig2Row[] {
  return toRecords(parseCsv(text), FIG2_FILE).map((r) => ({
    commodity: (r['Commodity'] ?? '').trim(),
    display: (r['Net_Import_Reliance_pct_2025'] ?? '').trim(),
    sources: (r['Major_Import_Sources_2021_24'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '' && s !== 'NA'),
  }));
}

const notReported = (spec: NotReportedSpec) => ({
  status: 'not-reported' as const,
  reason: spec.notReported,
  ...(spec.groupEntryId ? { groupEntryId: spec.groupEntryId } : {}),
  sourceId: USGS_SOURCE_ID,
});

export function extractFigures(input: UsgsInput, entryIds: readonly string[]): FiguresFile {
  const rows = readMcsRows(input.mcsCsv).filter(
    (r) => !CORRECTED_IN_REPORT.some((corrected) => corrected(r)),
  );
  const fig2 = readFig2(input.fig2Csv);
  const byChapter = indexByChapter(rows);
  const missing = entryIds.filter((id) => !(id in IMPORT_MAP));
  if (missing.length)
    throw new Error(
      `No USGS import spec for: ${missing.join(', ')} (add them to lib/dataset/usgs/import-map)`,
    );
  const figures: MineralFigures[] = Object.keys(IMPORT_MAP)
    .sort()
    .map((id) => {
      const spec = IMPORT_MAP[id]!;
      return {
        id,
        production: spec.production.map((p) =>
          isNotReported(p) ? notReported(p) : extractProduction(rows, p),
        ),
        importReliance: spec.importReliance.map((n) =>
          isNotReported(n) ? notReported(n) : extractImportReliance(rows, n, fig2),
        ),
        story: extractStory(byChapter, spec),
      };
    });
  return {
    sourceId: USGS_SOURCE_ID,
    dataYear: DATA_YEAR,
    files: [...input.files].sort((a, b) => a.name.localeCompare(b.name)),
    figures,
  };
}
