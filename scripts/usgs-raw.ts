import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSha256Sums } from '../lib/dataset/usgs/checksums';
import { decodeUtf8, decodeWindows1252 } from '../lib/dataset/usgs/csv';
import type { UsgsInput } from '../lib/dataset/usgs/extract';
import { FIG2_FILE, MCS_FILE } from '../lib/dataset/usgs/import-spec';

/** Where the byte-for-byte USGS files live, relative to the project root. */
export const RAW_DIR = 'data/raw/usgs-mcs-2026';

/** Reads a raw file after checking it against SHA256SUMS: a changed byte must stop the import. */
export function readVerified(root: string, name: string): { bytes: Buffer; sha256: string } {
  const sums = parseSha256Sums(readFileSync(join(root, RAW_DIR, 'SHA256SUMS'), 'utf8'));
  const expected = sums.get(name);
  if (!expected) throw new Error(`${RAW_DIR}/SHA256SUMS has no entry for ${name}`);
  const bytes = readFileSync(join(root, RAW_DIR, name));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new Error(
      `${RAW_DIR}/${name}: sha256 ${actual} does not match SHA256SUMS (${expected}). ` +
        'Was it re-encoded or were its CRLF line endings converted? Restore the official bytes.',
    );
  }
  return { bytes, sha256: actual };
}

/** The decoded inputs of extractFigures, verified; shared by the import script and the tests. */
export function readUsgsInput(root: string): UsgsInput {
  const mcs = readVerified(root, MCS_FILE);
  const fig2 = readVerified(root, FIG2_FILE);
  return {
    mcsCsv: decodeWindows1252(mcs.bytes),
    fig2Csv: decodeUtf8(fig2.bytes),
    files: [
      { name: MCS_FILE, sha256: mcs.sha256 },
      { name: FIG2_FILE, sha256: fig2.sha256 },
    ],
  };
}
