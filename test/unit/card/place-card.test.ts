import { describe, expect, test } from 'vitest';
import { nearestLine, placeCard, type Box } from '@/lib/card/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const term = (left: number, top: number, width = 60, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  test('sits below the term, aligned with its start, when it fits', () => {
    expect(placeCard(term(100, 100), card, viewport)).toEqual({
      x: 100,
      y: 126,
      side: 'below',
      maxHeight: 666,
    });
  });

  test('flips above when there is no room below but room above', () => {
    const placed = placeCard(term(100, 600), card, viewport);
    expect(placed.side).toBe('above');
    expect(placed.y + card.height).toBe(594);
  });

  test('takes the roomier side and scrolls when it fits neither', () => {
    const tall = { width: 380, height: 900 };
    const placed = placeCard(term(100, 300), tall, viewport);
    expect(placed).toMatchObject({ side: 'below', y: 326, maxHeight: 466 });
    expect(placeCard(term(100, 500), tall, viewport)).toMatchObject({ side: 'above', y: 8, maxHeight: 486 });
  });

  test('shifts left at the right edge and right at the left edge, keeping the margin', () => {
    expect(placeCard(term(900, 100), card, viewport).x).toBe(1000 - 8 - 380);
    expect(placeCard(term(-40, 100), card, viewport).x).toBe(8);
  });

  test('in a viewport too short for either side (a small iframe), covers the term instead', () => {
    const frame = { width: 600, height: 200 };
    const placed = placeCard(term(20, 90), card, frame);
    expect(placed.side).toBe('over');
    expect(placed.y).toBe(8);
    expect(placed.maxHeight).toBe(184);
  });

  test('stays inside the viewport when the term has scrolled out of it', () => {
    for (const top of [-500, 2000]) {
      const placed = placeCard(term(100, top), card, viewport);
      expect(placed.y).toBeGreaterThanOrEqual(8);
      expect(placed.y + Math.min(card.height, placed.maxHeight)).toBeLessThanOrEqual(792);
    }
  });
});

describe('nearestLine', () => {
  test('picks the line of a wrapped term nearest the pointer', () => {
    const lines = [term(800, 100, 100), term(0, 124, 40)];
    expect(nearestLine(lines, { x: 10, y: 130 })).toBe(1);
    expect(nearestLine(lines, { x: 850, y: 110 })).toBe(0);
    expect(nearestLine([], { x: 0, y: 0 })).toBe(0);
  });
});
