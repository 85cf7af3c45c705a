import { parseCsv, toRecords } from './csv';
import { MCS_FILE } from './import-spec';

/** One row of MCS2026_Commodities_Data.csv, trimmed, with the known column shift repaired. */
export interface McsRow {
  line: number;
  chapter: string;
  section: string;
  commodity: string;
  country: string;
  statistics: string;
  detail: string;
  unit: string;
  year: string;
  value: string;
  notes: string;
  critical: string;
  /** Set when the row's columns were shifted in the CSV and repaired here. */
  repaired?: string;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\u00a0/g, ' ').trim();

/**
 * The yttrium world-total row carries Notes="Yes" and "Is critical mineral 2025"="Yttrium": the
 * columns are shifted by one. Repair it instead of letting "Yes" pass for a footnote.
 */
function repairShift(row: McsRow): McsRow {
  const shifted =
    row.notes === 'Yes' && row.critical !== '' && row.critical !== 'Yes' && row.critical !== 'No';
  if (!shifted) return row;
  return {
    ...row,
    notes: '',
    critical: 'Yes',
    repaired:
      'In the CSV this row has its Notes and "Is critical mineral 2025" columns shifted, losing its footnotes; like every 2025 value in the release, it is a USGS estimate.',
  };
}

/** Reads the decoded main CSV into trimmed rows. */
export function readMcsRows(text: string): McsRow[] {
  return toRecords(parseCsv(text), MCS_FILE).map((r, i) =>
    repairShift({
      line: i + 2,
      chapter: clean(r['MCS chapter']),
      section: clean(r['Section']),
      commodity: clean(r['Commodity']),
      country: clean(r['Country']),
      statistics: clean(r['Statistics']),
      detail: clean(r['Statistics_detail']),
      unit: clean(r['Unit']),
      year: clean(r['Year']),
      value: clean(r['Value']),
      notes: clean(r['Notes']),
      critical: clean(r['Is critical mineral 2025']),
    }),
  );
}

/** USGS joins several footnotes with " -- "; "Estimated." and "Reported." become flags instead. */
export function footnotes(notes: string): string[] {
  return notes
    .split(' -- ')
    .map((n) => n.trim())
    .filter((n) => n !== '' && n !== 'Estimated.' && n !== 'Reported.');
}

export const isEstimated = (row: McsRow) => /\bEstimated\b/.test(row.notes) || row.repaired !== undefined;

/** Commodity names vary in case across chapters ("TiO2 Pigment" / "Tio2 Pigment"). */
export const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Finds exactly one row or explains which spec failed: silent zero-or-many would corrupt a card. */
export function exactlyOne(rows: McsRow[], what: string): McsRow {
  if (rows.length !== 1) {
    const lines = rows.map((r) => r.line).join(', ');
    throw new Error(
      `${MCS_FILE}: expected one row for ${what}, found ${rows.length}${lines ? ` (lines ${lines})` : ''}`,
    );
  }
  return rows[0]!;
}
