import { describe, expect, test } from 'vitest';
import { fragmentLink } from '@/lib/notebook/fragment-link';
import { textQuoteSelector } from '@/lib/notebook/text-quote';

describe('a quote’s link into the article', () => {
  test('prefix-,exact,-suffix with the nearest words, after the address without its own #fragment', () => {
    const selector = textQuoteSelector(
      'lithium',
      'Chile’s lithium output rose again as new brine projects came online.',
    );
    expect(fragmentLink('https://news.example/a#comments', selector)).toBe(
      'https://news.example/a#:~:text=Chile%E2%80%99s-,lithium,-output%20rose%20again',
    );
  });

  test('the syntax characters - , & in a quote are encoded, so they cannot end a part early', () => {
    const selector = {
      type: 'TextQuoteSelector' as const,
      exact: 'T-MEC',
      prefix: 'US, Mexico & ',
      suffix: '',
    };
    const link = fragmentLink('https://news.example/b', selector);
    expect(link).toBe('https://news.example/b#:~:text=US%2C%20Mexico%20%26-,T%2DMEC');
    const [prefix, exact] = link.split('#:~:text=')[1]!.split(',');
    expect(decodeURIComponent(prefix!.slice(0, -1))).toBe('US, Mexico &');
    expect(decodeURIComponent(exact!)).toBe('T-MEC');
  });

  test('a quote that is not in its context keeps no prefix or suffix', () => {
    expect(textQuoteSelector('cobalt', 'nothing here')).toEqual({
      type: 'TextQuoteSelector',
      exact: 'cobalt',
      prefix: '',
      suffix: '',
    });
  });
});
