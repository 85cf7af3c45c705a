import type { Found } from './mention-store';
import type { TextBlock } from './text-blocks';

// The mention store's small helpers (mention-store.ts), kept apart so the store reads as its API.

/** Adds to a set in a map of sets; true when the set is new. */
export function insert<K, V>(map: Map<K, Set<V>>, key: K, value: V): boolean {
  const set = map.get(key);
  if (!set) {
    map.set(key, new Set([value]));
    return true;
  }
  set.add(value);
  return false;
}

/** Removes from a set in a map of sets; true when that emptied (and removed) the set. */
export function remove<K, V>(map: Map<K, Set<V>>, key: K, value: V): boolean {
  const set = map.get(key);
  if (!set?.delete(value) || set.size > 0) return false;
  map.delete(key);
  return true;
}

/** A block's founds by offset: as the recognizer returns them, checked before any sort. */
export function inTextOrder(founds: Found[]): Found[] {
  for (let i = 1; i < founds.length; i++)
    if (founds[i]!.mention.start < founds[i - 1]!.mention.start)
      return [...founds].sort((a, b) => a.mention.start - b.mention.start);
  return founds;
}

export function sameBlock(a: TextBlock, b: TextBlock): boolean {
  return (
    a.text === b.text &&
    a.container === b.container &&
    a.nodes.length === b.nodes.length &&
    a.nodes.every((node, i) => node === b.nodes[i])
  );
}

/** Calls back with each text node a range covers and the part of it covered. */
export function forEachNode(
  found: Found,
  range: StaticRange,
  callback: (node: Text, start: number, end: number) => void,
) {
  const { nodes, lengths } = found.stored.block;
  for (let i = nodes.indexOf(range.startContainer as Text); i >= 0 && i < nodes.length; i++) {
    const node = nodes[i]!;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : lengths[i]!;
    callback(node, start, end);
    if (node === range.endContainer) return;
  }
}
