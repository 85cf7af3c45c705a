import { keyOf, stripAccents } from '@/lib/recognize/alias-variants';
import type { CueGroup } from '@/lib/recognize/lexicon/types';
import { trieSource } from '@/lib/recognize/regex-trie';

/**
 * How pages found cue words before they looked them up word by word (lib/recognize/cue-keys.ts):
 * one regex of every cue key, run over each sentence. Kept here, not shipped, as the judge the
 * look-up must agree with. What it finds is compared as [start, end, matched text].
 */

const STEM_MARK = '*';
const LETTER = '\\w\u00C0-\u024F';

/** The one regex's source, as compile-cues.ts wrote it into matcher.json. */
export function cueRegexSource(groups: readonly CueGroup[]): string {
  const exact = new Set<string>();
  const stems = new Set<string>();
  for (const group of groups) {
    for (const word of group.words) {
      const isStem = word.endsWith(STEM_MARK);
      const key = keyOf(isStem ? word.slice(0, -1) : word);
      for (const form of [key, stripAccents(key)]) (isStem ? stems : exact).add(form);
    }
  }
  const spaced = (k: string) => (/^[a-z0-9]/.test(k) ? k : ` ${k}`);
  const keys = [...[...exact].map(spaced), ...[...stems].map((k) => spaced(k) + STEM_MARK)];
  return `\\b(?:${trieSource(keys).replaceAll('\\*', `[${LETTER}]*`)})(?![${LETTER}])`;
}

/** What the regex matched in text[from, to), as the cue matcher ran it. */
export function cueRegexMatches(
  source: string,
  text: string,
  from: number,
  to: number,
): [number, number, string][] {
  const original = text.slice(from, to);
  const lower = original.toLowerCase();
  const sameLength = lower.length === original.length;
  const window = sameLength ? lower : original;
  const regex = new RegExp(source, sameLength ? 'g' : 'gi');
  const found: [number, number, string][] = [];
  for (let m = regex.exec(window); m; m = regex.exec(window))
    found.push([from + m.index, from + m.index + m[0].length, m[0]]);
  return found;
}
