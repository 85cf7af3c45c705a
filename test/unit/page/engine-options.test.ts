import { describe, expect, test } from 'vitest';
import { costOfChange, defaultEngineOptions } from '@/lib/page/engine-options';
import { parseColour } from '@/lib/page/page-theme';

describe('costOfChange', () => {
  const base = defaultEngineOptions();
  test.each([
    [{}, 'none'],
    [{ enabled: false }, 'off'],
    [{ style: 'background' as const }, 'repaint'],
    [{ thickness: 'thick' as const }, 'repaint'],
    [{ threshold: 0.9 }, 'repaint'],
    [{ firstMentionOnly: true }, 'repaint'],
    [{ colours: { ...base.colours, law: null } }, 'repaint'],
    [{ colours: { ...base.colours } }, 'none'],
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

test('parseColour reads computed colours', () => {
  expect(parseColour('rgb(18, 18, 18)')).toEqual({ rgb: [18, 18, 18], alpha: 1 });
  expect(parseColour('rgba(0, 0, 0, 0)')).toEqual({ rgb: [0, 0, 0], alpha: 0 });
  expect(parseColour('color(srgb 1 0 0)')).toBeNull();
});
