import { describe, expect, it } from 'vitest';
import { holdsAt, placeAfter, placeBefore } from '@/lib/recognize/placed-pattern';

describe('placed context patterns', () => {
  const text = 'Prices: 30 tonnes of lead will lead the market.';
  const first = text.indexOf('lead');
  const second = text.indexOf('lead', first + 1);

  it('holds a before-pattern right before the word, and nowhere else', () => {
    const verb = placeBefore(/\bwill\s+$/i);
    expect(holdsAt(verb, text, second)).toBe(true);
    expect(holdsAt(verb, text, first)).toBe(false);
    const quantity = placeBefore(/\d+\s*tonnes\s+of\s+$/i);
    expect(holdsAt(quantity, text, first)).toBe(true);
  });

  it('holds an after-pattern from the end of the word on', () => {
    const theMarket = placeAfter(/^\s+the\s+market\b/i);
    expect(holdsAt(theMarket, text, second + 4)).toBe(true);
    expect(holdsAt(theMarket, text, first + 4)).toBe(false);
  });

  it('refuses patterns that are not anchored on the word', () => {
    expect(() => placeBefore(/\bwill\s+/)).toThrow(/must end with \$/);
    expect(() => placeBefore(/will\s+$|won't\s+$/)).toThrow(/top-level \|/);
    expect(() => placeAfter(/\s+prices/)).toThrow(/must start with \^/);
    expect(() => placeAfter(/^\s+prices|output/)).toThrow(/top-level \|/);
    // An alternation inside a group or a class is anchored with the rest.
    expect(() => placeBefore(/(?:will|won't)\s+[|]?$/)).not.toThrow();
  });
});
