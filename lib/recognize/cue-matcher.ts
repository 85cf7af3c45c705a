import { keyOf, stripAccents } from './alias-variants';
import { senseKey } from './compile-senses';
import type { CueGroup } from './lexicon/types';
import type { EntryKind } from './match-index';
import { trieSource } from './regex-trie';

export interface Cue {
  readonly word: string;
  readonly topic: string;
  readonly weight: number;
  readonly kinds: readonly EntryKind[] | undefined;
  /** Sense keys (see senseKey) the cue is about; any word when undefined. */
  readonly only: ReadonlySet<string> | undefined;
}

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly cues: readonly Cue[];
}

export interface CueMatcher {
  /** Every cue word in text[from, to), in order. */
  find(text: string, from: number, to: number): CueHit[];
}

const STEM_MARK = '*';

/**
 * One regex for all cue words of both languages. It only ever runs on the sentences around
 * ambiguous candidates, never on a whole page, so the stems' letter classes cost little. It is
 * built on first use: many pages have no ambiguous word at all.
 */
export function compileCues(groups: readonly CueGroup[]): CueMatcher {
  let compiled: CueMatcher | undefined;
  return {
    find(text, from, to) {
      compiled ??= buildCues(groups);
      return compiled.find(text, from, to);
    },
  };
}

function buildCues(groups: readonly CueGroup[]): CueMatcher {
  const exact = new Map<string, Cue[]>();
  const stems = new Map<string, Cue[]>();
  for (const group of groups) {
    for (const word of group.words) {
      const isStem = word.endsWith(STEM_MARK);
      const key = stripAccents(keyOf(isStem ? word.slice(0, -1) : word));
      const only = group.only ? new Set(group.only.map(senseKey)) : undefined;
      const cue = { word: key, topic: group.topic, weight: group.weight, kinds: group.kinds, only };
      const map = isStem ? stems : exact;
      map.set(key, [...(map.get(key) ?? []), cue]);
    }
  }
  const keys = [...exact.keys(), ...[...stems.keys()].map((k) => k + STEM_MARK)];
  const source = trieSource(keys).replaceAll('\\*', '[\\p{L}\\p{M}]*');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');

  function lookup(matched: string): Cue[] | undefined {
    const key = stripAccents(keyOf(matched));
    const found = exact.get(key);
    if (found) return found;
    for (let length = key.length; length > 0; length--) {
      const stem = stems.get(key.slice(0, length));
      if (stem) return stem;
    }
    return undefined;
  }

  return {
    find(text, from, to) {
      // Cue keys are written without accents, so the window loses its accents too; where that
      // would shift offsets (text not in NFC), the raw window is searched instead.
      const raw = text.slice(from, to);
      const folded = stripAccents(raw);
      const searched = folded.length === raw.length ? folded : raw;
      const hits: CueHit[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(searched); m; m = regex.exec(searched)) {
        const cues = lookup(m[0]);
        if (cues) hits.push({ start: from + m.index, end: from + m.index + m[0].length, cues });
      }
      return hits;
    },
  };
}
