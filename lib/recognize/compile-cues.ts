import { keyOf, stripAccents } from './alias-variants';
import { senseKey } from './compile-senses';
import { compileCueKeys } from './compile-cue-keys';
import type { CueData } from './cue-matcher';
import type { CueGroup } from './lexicon/types';
import { groupOf, GROUPS } from './page-context';

/**
 * The cue words of both languages (lexicon/cues.ts) as the build writes them into
 * data/generated/matcher.json: which cues each key and each stem's key stands for, and the tables
 * a page finds the keys in a sentence with (compile-cue-keys.ts). A page then only fills Maps, on
 * its first ambiguous candidate.
 */
const STEM_MARK = '*';

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
  // A key whose first letter is not ASCII ("álbum") starts at the separators before it: where
  // the page's regex (\b, ASCII only) found it, and so where the words are looked up now.
  const spaced = (k: string) => (/^[a-z0-9]/.test(k) ? k : ` ${k}`);
  const keys = [...[...exact.keys()].map(spaced), ...[...stems.keys()].map((k) => spaced(k) + STEM_MARK)];
  return { groups: groupData, cues, exact: [...exact], stems: [...stems], finder: compileCueKeys(keys) };
}
