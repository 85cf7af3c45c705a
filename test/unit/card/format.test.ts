import { describe, expect, test } from 'vitest';
import { categoryName, formatAmount, formatPartialDate, formatPercent } from '@/lib/card/format';

describe('card formatting', () => {
  test('percentages keep one decimal, in the reader’s locale', () => {
    expect(formatPercent(74.2, 'en')).toBe('74.2%');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatPercent(74.2, 'es')).toMatch(/^74,2\s%$/);
  });

  test('amounts are reformatted from the number; USGS codes stay as printed', () => {
    expect(formatAmount(900000, '900,000', 'en')).toBe('900,000');
    expect(formatAmount(900000, '900,000', 'es')).toBe('900.000');
    expect(formatAmount(null, 'W', 'en')).toBe('W');
  });

  test('dates as precise as the data: year, month, day', () => {
    expect(formatPartialDate('2023', 'en')).toBe('2023');
    expect(formatPartialDate('2023-07', 'en')).toBe('July 2023');
    expect(formatPartialDate('2020-07-01', 'en')).toBe('July 1, 2020');
    expect(formatPartialDate('2020-07-01', 'es')).toBe('1 de julio de 2020');
  });

  test('category names in both languages', () => {
    expect(categoryName('export-control', 'en')).toBe('Export controls');
    expect(categoryName('battery-metal', 'es')).toBe('Metales para baterías y grafito');
    expect(categoryName('unknown', 'en')).toBe('unknown');
  });
});
