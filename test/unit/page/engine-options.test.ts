import { describe, expect, test } from 'vitest';
import { PALETTE_IDS } from '@/lib/palette';
import { DEFAULT_ENGINE_OPTIONS, costOfChange, defaultColourOf, isSiteOff } from '@/lib/page/engine-options';
import { parseColour } from '@/lib/page/page-theme';

describe('isSiteOff', () => {
  test('matches the host and its subdomains, not look-alikes', () => {
    expect(isSiteOff('example.com', ['example.com'])).toBe(true);
    expect(isSiteOff('news.Example.com', ['example.com'])).toBe(true);
    expect(isSiteOff('example.com.', [' EXAMPLE.com '])).toBe(true);
    expect(isSiteOff('notexample.com', ['example.com'])).toBe(false);
    expect(isSiteOff('example.com', ['news.example.com'])).toBe(false);
    expect(isSiteOff('example.com', ['', '  '])).toBe(false);
  });
});

describe('costOfChange', () => {
  const base = DEFAULT_ENGINE_OPTIONS;
  test.each([
    [{}, 'none'],
    [{ enabled: false }, 'off'],
    [{ style: 'background' as const }, 'repaint'],
    [{ thickness: 'thick' as const }, 'repaint'],
    [{ threshold: 0.9 }, 'repaint'],
    [{ firstMentionOnly: true }, 'repaint'],
    [{ colourOf: () => null }, 'repaint'],
    [{ languages: ['en' as const] }, 'rescan'],
  ])('%o costs %s', (patch, cost) => {
    expect(costOfChange(base, { ...base, ...patch })).toBe(cost);
  });

  test('coming back on rescans; staying off costs nothing', () => {
    const off = { ...base, enabled: false };
    expect(costOfChange(off, base)).toBe('rescan');
    expect(costOfChange(off, { ...off, style: 'background' })).toBe('none');
  });
});

test('every category gets a stable palette colour by default', () => {
  expect(PALETTE_IDS).toContain(defaultColourOf('battery-metal'));
  expect(defaultColourOf('law')).toBe(defaultColourOf('law'));
});

test('parseColour reads computed colours', () => {
  expect(parseColour('rgb(18, 18, 18)')).toEqual({ rgb: [18, 18, 18], alpha: 1 });
  expect(parseColour('rgba(0, 0, 0, 0)')).toEqual({ rgb: [0, 0, 0], alpha: 0 });
  expect(parseColour('color(srgb 1 0 0)')).toBeNull();
});
