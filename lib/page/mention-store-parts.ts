import type { Mention } from '@/lib/recognize';
import type { TextBlock } from './text-blocks';

// The mention store's shapes, limits and small helpers (mention-store.ts), kept apart so the
// store reads as its API.

export interface StoredBlock {
  block: TextBlock;
  founds: Found[];
  /** Walk order in the full scan `scan` (-1 when a partial rescan found it: ask the DOM instead). */
  rank: number;
  scan: number;
  /** The element whose nearness to the viewport decides whether this block's ranges are registered. */
  element: Element;
  near: boolean;
  /** How many of its ambiguous words are painted: at most MAX_AMBIGUOUS_PAINTED. */
  ambiguousPainted: number;
  /** Whether any of its mentions is page-sensitive (the page-level rescore judges only those). */
  sensitive: boolean;
  /**
   * The page's evidence revision its mentions were judged under (-1: unknown). A rescore at that
   * same revision would judge them as they are: on a long page most blocks are judged after the
   * page's evidence has settled, and are left alone.
   */
  judgedAt: number;
}

/**
 * Ambiguous words painted per block, at most. No article's paragraph comes near it; a hostile
 * node of "lead tin lead…" judged as a list of metals does, and 148,000 ranges in one highlight
 * made the browser's own painting a 4-6 s task. Names are always painted.
 */
export const MAX_AMBIGUOUS_PAINTED = 1000;

/** Mentions judged again per step of the page-level rescore: a step is well under a slice. */
export const RESCORE_CHUNK = 1024;

export interface Found {
  /** The handle the panel and card use (PageMention.index). */
  id: number;
  mention: Mention;
  stored: StoredBlock;
  /** The highlight name the rules give it, or null (registered only while its block is near). */
  painted: string | null;
  range: StaticRange | null;
}

/** How the current options paint: built by the engine from options and page theme. */
export interface PaintRules {
  /** Above the threshold, and its category is on. */
  accepts(mention: Mention): boolean;
  nameOf(mention: Mention): string;
  firstOnly: boolean;
}

/** Adds to a set in a map of sets; true when the set is new. */
export function insert<K, V>(map: Map<K, Set<V>>, key: K, value: V): boolean {
  const set = map.get(key);
  if (!set) {
    map.set(key, new Set<V>().add(value)); // Not from an array: no iteration for one value.
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
