import { describe, expect, it } from 'vitest';
import { parseCsv, toRecords, decodeWindows1252 } from '../../../lib/dataset/usgs/csv';
import { readableCountry, isAggregate } from '../../../lib/dataset/usgs/countries';
import { parseUsgsValue } from '../../../lib/dataset/usgs/values';
import { parseSha256Sums } from '../../../lib/dataset/usgs/checksums';
import { readMcsRows } from '../../../lib/dataset/usgs/rows';
import { readRaw } from './load';

describe('USGS file parsing', () => {
  it('reads quoted cells with commas and doubled quotes, CRLF and a BOM', () => {
    const rows = parseCsv('\ufeffa,b\r\n"1,000","say ""hi"""\r\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['1,000', 'say "hi"'],
    ]);
    expect(toRecords(rows, 'x.csv')).toEqual([{ a: '1,000', b: 'say "hi"' }]);
  });

  it('fails loudly on a row with the wrong number of cells', () => {
    expect(() => toRecords(parseCsv('a,b\n1,2,3\n'), 'x.csv')).toThrow(/x\.csv: row 2 has 3 cells/);
  });

  it('decodes Windows-1252: em dash, right quote, en dash and no-break space', () => {
    expect(decodeWindows1252(new Uint8Array([0x97, 0x92, 0x96, 0xa0]))).toBe('\u2014\u2019\u2013\u00a0');
  });

  it('decodes the real CSV without replacement characters', () => {
    const text = decodeWindows1252(readRaw('MCS2026_Commodities_Data.csv'));
    expect(text).not.toContain('\ufffd');
    expect(text).toContain('Salient Statistics\u2014United States');
    expect(text).toContain('C\u00f4te d\u2019Ivoire');
    const rows = readMcsRows(text);
    expect(rows).toHaveLength(8886);
    expect(new Set(rows.map((r) => r.chapter)).size).toBe(89);
  });

  it('repairs the yttrium row whose columns are shifted', () => {
    const rows = readMcsRows(decodeWindows1252(readRaw('MCS2026_Commodities_Data.csv')));
    const yttrium = rows.find((r) => r.chapter === 'YTTRIUM' && r.country === 'World total')!;
    expect(yttrium.notes).toBe('');
    expect(yttrium.critical).toBe('Yes');
    expect(yttrium.repaired).toBeDefined();
  });

  it.each([
    ['230,000', { kind: 'number', amount: 230000 }],
    ['W', { kind: 'withheld', amount: null }],
    ['NA', { kind: 'not-available', amount: null }],
    ['XX', { kind: 'not-calculable', amount: null }],
    ['E', { kind: 'net-exporter', amount: null }],
    ['s', { kind: 'small', amount: null }],
    ['\u2014', { kind: 'zero', amount: 0 }],
    ['>50', { kind: 'greater-than', amount: 50 }],
    ['<25', { kind: 'less-than', amount: 25 }],
    ['<100,000', { kind: 'less-than', amount: 100000 }],
    ['10,000 - 15,000', { kind: 'range', amount: null, low: 10000, high: 15000 }],
  ])('parses the USGS value %j', (raw, expected) => {
    expect(parseUsgsValue(raw)).toMatchObject(expected);
  });

  it('refuses a value it does not recognise instead of guessing', () => {
    expect(() => parseUsgsValue('about 5')).toThrow(/Unrecognised/);
  });

  it('shows GENC country names readably and knows the aggregates', () => {
    expect(readableCountry('Congo (Kinshasa)')).toBe('DR Congo');
    expect(readableCountry('Korea, Republic of')).toBe('South Korea');
    expect(readableCountry('Burma')).toBe('Myanmar');
    expect(readableCountry('Chile')).toBe('Chile');
    expect(
      isAggregate('World total') &&
        isAggregate('Other countries') &&
        isAggregate('China, Germany, and Russia'),
    ).toBe(true);
  });

  it('parses sha256sum listings', () => {
    const sums = parseSha256Sums(`${'a'.repeat(64)}  file.csv\n`);
    expect(sums.get('file.csv')).toBe('a'.repeat(64));
    expect(() => parseSha256Sums('nope')).toThrow(/malformed/);
  });
});
