import { describe, expect, test } from 'vitest';
import { contextSnippet } from '@/lib/page/context-snippet';

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${i + from}`).join(' ');

describe('contextSnippet', () => {
  test('short text comes back whole, whitespace collapsed', () => {
    expect(contextSnippet('Prices of\n  lithium rose.', 12, 19)).toBe('Prices of lithium rose.');
  });

  test('cuts long text at word boundaries around the mention, about 120 characters', () => {
    const text = `${words(40)} lithium ${words(40, 40)}`;
    const start = text.indexOf('lithium');
    const snippet = contextSnippet(text, start, start + 7);
    expect(snippet).toContain('lithium');
    expect(snippet.startsWith('…word')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(124);
    expect(snippet.length).toBeGreaterThan(90);
    const whole = new Set(text.split(' '));
    expect(
      snippet
        .replace(/…/g, '')
        .split(' ')
        .every((w) => whole.has(w)),
    ).toBe(true);
  });

  test('a mention near the start gives the spare room to the right', () => {
    const text = `lithium ${words(60)}`;
    const snippet = contextSnippet(text, 0, 7);
    expect(snippet.startsWith('lithium')).toBe(true);
    expect(snippet.length).toBeGreaterThan(100);
  });
});
