// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createTextIntervals } from '@/lib/page/text-intervals';

describe('text intervals', () => {
  const node = document.createTextNode('lithium and cobalt and nickel');

  test('finds the interval under a caret offset, both edges included', () => {
    const intervals = createTextIntervals();
    intervals.add(node, 23, 29, 3);
    intervals.add(node, 0, 7, 1);
    intervals.add(node, 12, 18, 2);
    expect(intervals.at(node, 0)).toEqual([1]);
    expect(intervals.at(node, 7)).toEqual([1]);
    expect(intervals.at(node, 9)).toEqual([]);
    expect(intervals.at(node, 15)).toEqual([2]);
    expect(intervals.at(node, 29)).toEqual([3]);
    expect(intervals.at(document.createTextNode('other'), 0)).toEqual([]);
  });

  test('adjacent intervals both touch the offset between them', () => {
    const intervals = createTextIntervals();
    intervals.add(node, 0, 7, 1);
    intervals.add(node, 7, 11, 2);
    expect(intervals.at(node, 7)).toEqual([1, 2]);
  });

  test('looks up by exact start, and forgets removed ids', () => {
    const intervals = createTextIntervals();
    intervals.add(node, 0, 7, 1);
    intervals.add(node, 12, 18, 2);
    expect(intervals.startingAt(node, 12)).toBe(2);
    expect(intervals.startingAt(node, 13)).toBeUndefined();
    intervals.remove(node, 2);
    expect(intervals.startingAt(node, 12)).toBeUndefined();
    expect(intervals.at(node, 15)).toEqual([]);
    expect(intervals.at(node, 3)).toEqual([1]);
  });
});
