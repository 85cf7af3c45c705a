import { describe, expect, test, vi } from 'vitest';
import {
  categoryName,
  countryName,
  formatAmount,
  formatInteger,
  formatPartialDate,
  formatPercent,
} from '@/lib/card/format';

describe('card formatting', () => {
  test('percentages keep one decimal; Spanish is written the Mexican way (31.7%, not 31,7 %)', () => {
    expect(formatPercent(31.7, 'en')).toBe('31.7%');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatPercent(31.7, 'es')).toBe('31.7%');
    expect(formatPercent(24.2, 'es')).toBe('24.2%');
  });

  test('amounts use es-MX grouping in Spanish (92,000, not 92.000); USGS codes stay as printed', () => {
    expect(formatAmount(92000, '92,000', 'en')).toBe('92,000');
    expect(formatAmount(92000, '92,000', 'es')).toBe('92,000');
    expect(formatAmount(25.23, '25.23', 'es')).toBe('25.23');
    expect(formatInteger(1121.4, 'es')).toBe('1,121');
    expect(formatAmount(null, 'W', 'en')).toBe('W');
  });

  test('country names from ISO codes in the reader’s language', () => {
    expect(countryName('MX', 'en')).toBe('Mexico');
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('US', 'es')).toBe('Estados Unidos');
    expect(countryName('CD', 'en')).toBe('DR Congo');
  });

  test('dates as precise as the data: year, month, day', () => {
    expect(formatPartialDate('2023', 'en')).toBe('2023');
    expect(formatPartialDate('2023-07', 'en')).toBe('July 2023');
    expect(formatPartialDate('2020-07-01', 'en')).toBe('July 1, 2020');
    expect(formatPartialDate('2020-07-01', 'es')).toBe('1 de julio de 2020');
    expect(formatPartialDate('2023-07', 'es')).toBe('julio de 2023');
  });

  test('a card full of dates makes each date formatter once, not once per date', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (const date of ['2024-03', '2025-01', '2019-11-30', '2021-06-02', '2022-09'])
        formatPartialDate(date, 'es');
      // At most one per shape (month, day); none when an earlier test already made both.
      expect(made.mock.calls.length).toBeLessThanOrEqual(2);
      expect(formatPartialDate('2019-11-30', 'es')).toBe('30 de noviembre de 2019');
    } finally {
      made.mockRestore();
    }
  });

  test('category names in both languages', () => {
    expect(categoryName('export-control', 'en')).toBe('Export controls');
    expect(categoryName('battery-metal', 'es')).toBe('Metales para baterías y grafito');
    expect(categoryName('unknown', 'en')).toBe('unknown');
  });
});
