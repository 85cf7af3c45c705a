import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSha256Sums } from '../../../lib/dataset/usgs/checksums';
import { RAW_DIR, readVerified } from '../../../scripts/usgs-raw';
import { readRaw, ROOT } from './load';

// The four CSVs' checksums as published for the official release (see data/raw/usgs-mcs-2026/README.md).
const OFFICIAL_SHA256: Record<string, string> = {
  'MCS2026_Commodities_Data.csv': '582a0aa231aea53d8a97dc8d1cd3dfa5f885cf3760353e3d029d7f0ae4fbaaf5',
  'MCS2026_Fig2_Net_Import_Reliance.csv': 'b13c361a68c648d54d36ac2fc521fb9b7167c06468e9d2ad301cbd60a99474f7',
  'MCS2026_T6_Critical_Minerals_End_Use.csv':
    '2aaa08d2dc73a027cf9ce0a8b23952fb2b256cc83a8b5266f46395ad203ea720',
  'MCS2026_T7_Critical_Minerals_Salient.csv':
    '126a9800b5c2d07df159936ed1eef6f4026ece1aa48a6d634ea6954bcfd04b94',
};
const OFFICIAL_MD5: Record<string, string> = {
  'MCS2026_Commodities_Data.csv': '36185ff3742087e1dd90c52fe634fe12',
  'MCS2026_Fig2_Net_Import_Reliance.csv': 'ac4593283060f39d39caa2af2bcd37c9',
  'MCS2026_T6_Critical_Minerals_End_Use.csv': '802cee69ef5991c8fc01a1c659199af1',
  'MCS2026_T7_Critical_Minerals_Salient.csv': 'e185664f1e5d77b7cd3cc3487d76e5cb',
};
const hash = (algo: string, bytes: Buffer) => createHash(algo).update(bytes).digest('hex');

describe('raw USGS files', () => {
  const sums = parseSha256Sums(readFileSync(join(ROOT, RAW_DIR, 'SHA256SUMS'), 'utf8'));

  it('match SHA256SUMS byte for byte', () => {
    expect(sums.size).toBeGreaterThanOrEqual(6);
    for (const [name, sha] of sums) expect(hash('sha256', readRaw(name)), name).toBe(sha);
  });

  it.each(Object.keys(OFFICIAL_SHA256))('%s has the checksums USGS published', (name) => {
    expect(sums.get(name)).toBe(OFFICIAL_SHA256[name]);
    expect(hash('md5', readRaw(name))).toBe(OFFICIAL_MD5[name]);
  });

  it('keep their CRLF line endings (git must not normalise them)', () => {
    const csv = readRaw('MCS2026_Commodities_Data.csv');
    expect(csv.includes(Buffer.from('\r\n'))).toBe(true);
    expect(
      csv
        .toString('latin1')
        .split('\n')
        .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'mcs-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the import refuses a file whose line endings were converted', () => {
    cpSync(join(ROOT, RAW_DIR), join(tmp, RAW_DIR), { recursive: true });
    const path = join(tmp, RAW_DIR, 'MCS2026_Fig2_Net_Import_Reliance.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
    expect(() => readVerified(tmp, 'MCS2026_Fig2_Net_Import_Reliance.csv')).toThrow(
      /does not match SHA256SUMS/,
    );
  });
});
