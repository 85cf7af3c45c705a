import type { MatcherData } from '../recognize/instantiate-matcher';
import type { MatchIndex } from '../recognize/match-index';
import indexText from '../../data/generated/match-index.json?raw';
import text from '../../data/generated/matcher.json?raw';

/**
 * What the content script recognizes with, as it ships: the compact match index and the matcher's
 * page-independent part (alias forms, regex sources, senses), computed from it by `npm run
 * data:check` so the page only instantiates it; a unit test keeps the files fresh
 * (test/unit/dataset/build.test.ts). Both ship as strings and are parsed on first use: a string
 * literal costs the script's evaluation next to nothing, JSON.parse is several times faster than an
 * object literal (the index as one cost a page ~5 ms of evaluation and its heap for good), and a
 * frame that never recognizes anything never parses them. Node code imports
 * lib/dataset/match-index-data.ts instead (`?raw` is Vite's).
 */
export function loadMatcherData(): MatcherData {
  return JSON.parse(text) as MatcherData;
}

/** The match index, validated at build (lib/recognize/match-index.ts is its contract). */
export function loadMatchIndex(): MatchIndex {
  return JSON.parse(indexText) as MatchIndex;
}
