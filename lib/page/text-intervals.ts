/**
 * Per-text-node interval lookup: which mentions cover which offsets of a Text node. Hit-testing
 * without `highlightsFromPoint` turns a point into (node, offset) with `caretPositionFromPoint`
 * and asks here; `highlightsFromPoint` answers with ranges, whose start is looked up exactly.
 * A mention across inline markup owns one interval in each node it touches.
 */
export interface TextIntervals {
  add(node: Text, start: number, end: number, id: number): void;
  remove(node: Text, id: number): void;
  /** Ids whose interval touches a caret offset (start <= offset <= end), left to right. */
  at(node: Text, offset: number): number[];
  /** The id of the interval that starts exactly at `offset`, if any. */
  startingAt(node: Text, offset: number): number | undefined;
}

interface Interval {
  start: number;
  end: number;
  id: number;
}

export function createTextIntervals(): TextIntervals {
  const byNode = new WeakMap<Text, Interval[]>();

  /** Index of the first interval whose start is >= offset. */
  function lowerBound(list: Interval[], offset: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    add(node, start, end, id) {
      let list = byNode.get(node);
      if (!list) byNode.set(node, (list = []));
      list.splice(lowerBound(list, start), 0, { start, end, id });
    },
    remove(node, id) {
      const list = byNode.get(node);
      const at = list?.findIndex((interval) => interval.id === id) ?? -1;
      if (at >= 0) list!.splice(at, 1);
      if (list?.length === 0) byNode.delete(node);
    },
    at(node, offset) {
      const list = byNode.get(node);
      if (!list) return [];
      // Intervals in one node never overlap, so only the two around the offset can touch it.
      const next = lowerBound(list, offset + 1);
      return [list[next - 2], list[next - 1]]
        .filter((i): i is Interval => i !== undefined && i.start <= offset && offset <= i.end)
        .map((i) => i.id);
    },
    startingAt(node, offset) {
      const list = byNode.get(node);
      const found = list?.[lowerBound(list, offset)];
      return found?.start === offset ? found.id : undefined;
    },
  };
}
