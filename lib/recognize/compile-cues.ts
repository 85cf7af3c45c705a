import { keyOf, stripAccents } from './alias-variants';
import { senseKey } from './compile-senses';
import type { CueData } from './cue-matcher';
import type { CueGroup } from './lexicon/types';
import { groupOf, GROUPS } from './page-context';
import { trieSource } from './regex-trie';

/**
 * The cue words of both languages (lexicon/cues.ts) as the build writes them into
 * data/generated/matcher.json: one regex source for all of them and the tables a hit is looked up
 * in. A page then only makes Maps and one RegExp, on its first ambiguous candidate.
 */
const STEM_MARK = '*';
// Letters of the scripts the cues are written in; a plain class keeps the regex fast.
const LETTER = '\\w\u00C0-\u024F';

export function compileCueData(groups: readonly CueGroup[]): CueData {
  const cues: [word: string, group: number][] = [];
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const groupData = groups.map((group): CueData['groups'][number] => {
    const only = group.only ? [...new Set(group.only.map(senseKey))] : null;
    const speaksTo = only ? [] : group.kinds ? [...new Set(group.kinds.map(groupOf))] : [...GROUPS];
    return [group.topic, group.weight, group.kinds ?? null, only, speaksTo];
  });
  groups.forEach((group, g) => {
    for (const word of group.words) {
      const isStem = word.endsWith(STEM_MARK);
      const key = keyOf(isStem ? word.slice(0, -1) : word);
      const at = cues.push([key, g]) - 1;
      const map = isStem ? stems : exact;
      // Both spellings are keys, so that neither the page's text nor its accents need folding.
      for (const form of new Set([key, stripAccents(key)])) map.set(form, [...(map.get(form) ?? []), at]);
    }
  });
  // \b is twice as fast as a lookbehind here, but never holds before an accented initial
  // ("el álbum"): such keys start at the space before them instead.
  const spaced = (k: string) => (/^[a-z0-9]/.test(k) ? k : ` ${k}`);
  const keys = [...[...exact.keys()].map(spaced), ...[...stems.keys()].map((k) => spaced(k) + STEM_MARK)];
  const source = `\\b(?:${trieSource(keys).replaceAll('\\*', `[${LETTER}]*`)})(?![${LETTER}])`;
  return { source, groups: groupData, cues, exact: [...exact], stems: [...stems] };
}
