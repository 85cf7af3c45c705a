import { APOSTROPHES, classOf, MATCHED_HYPHEN_RANGE } from '@/lib/text/punctuation';
import { keyOf, stripAccents } from './alias-variants';
import { senseKey } from './compile-senses';
import type { CueGroup } from './lexicon/types';
import type { EntryKind } from './match-index';
import { groupOf, GROUPS, type Group } from './page-context';
import { compileNow, trieSource } from './regex-trie';

export interface Cue {
  readonly word: string;
  readonly topic: string;
  readonly weight: number;
  readonly kinds: readonly EntryKind[] | undefined;
  /** Sense keys (see senseKey) the cue is about; any word when undefined. */
  readonly only: ReadonlySet<string> | undefined;
  /** The groups whose page prior the cue speaks to (none for word-specific cues). */
  readonly groups: readonly Group[];
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
/** What keyOf would change in a lowercase string: separators, curly apostrophes. */
const NEEDS_KEY = new RegExp(`[-\\s${MATCHED_HYPHEN_RANGE}${classOf(APOSTROPHES.slice(1))}]`);
// Letters of the scripts the cues are written in; a plain class keeps the regex fast.
const LETTER = '\\w\u00C0-\u024F';

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
    const only = group.only ? new Set(group.only.map(senseKey)) : undefined;
    for (const word of group.words) {
      const isStem = word.endsWith(STEM_MARK);
      const key = keyOf(isStem ? word.slice(0, -1) : word);
      const groups = only ? [] : group.kinds ? [...new Set(group.kinds.map(groupOf))] : GROUPS;
      const cue = { word: key, topic: group.topic, weight: group.weight, kinds: group.kinds, only, groups };
      const map = isStem ? stems : exact;
      // Both spellings are keys, so that neither the page's text nor its accents need folding.
      for (const form of new Set([key, stripAccents(key)])) map.set(form, [...(map.get(form) ?? []), cue]);
    }
  }
  // \b is twice as fast as a lookbehind here, but never holds before an accented initial
  // ("el álbum"): such keys start at the space before them instead.
  const spaced = (k: string) => (/^[a-z0-9]/.test(k) ? k : ` ${k}`);
  const keys = [...[...exact.keys()].map(spaced), ...[...stems.keys()].map((k) => spaced(k) + STEM_MARK)];
  const source = `\\b(?:${trieSource(keys).replaceAll('\\*', `[${LETTER}]*`)})(?![${LETTER}])`;
  // The keys are lowercase: on lowercased text a case-sensitive regex finds what `i` would, at
  // a fraction of the cost (case folding at every step of a trie this size is most of its time).
  // Text whose lowercase changes length ("İ") keeps the folding regex, so offsets stay true.
  const lowerRegex = compileNow(new RegExp(source, 'g'));
  let foldingRegex: RegExp | undefined;

  function lookup(matched: string): Cue[] | undefined {
    // Most hits are one plain word, whose key is just its lowercase: keyOf's replaces are for
    // the rest (spaced initials, separators, curly apostrophes).
    const lower = matched.toLowerCase();
    const key = NEEDS_KEY.test(lower) ? keyOf(matched) : lower;
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
      const original = text.slice(from, to);
      const lower = original.toLowerCase();
      const sameLength = lower.length === original.length;
      const window = sameLength ? lower : original;
      const regex = sameLength ? lowerRegex : (foldingRegex ??= new RegExp(source, 'gi'));
      const hits: CueHit[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(window); m; m = regex.exec(window)) {
        const cues = lookup(m[0]);
        const start = from + m.index + (m[0].length - m[0].trimStart().length);
        if (cues) hits.push({ start, end: from + m.index + m[0].length, cues });
      }
      return hits;
    },
  };
}
