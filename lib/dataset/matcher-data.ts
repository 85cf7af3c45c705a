import type { MatcherData } from '../recognize/instantiate-matcher';
import text from '../../data/generated/matcher.json?raw';

/**
 * The matcher's page-independent part (alias forms, regex sources, senses), computed from the match
 * index by `npm run data:check` so the content script only instantiates it; a unit test keeps the
 * file fresh (test/unit/dataset/build.test.ts). It ships as a string and is parsed on first use: a
 * string literal costs the script's evaluation next to nothing, JSON.parse is several times faster
 * than an object literal, and a frame that never recognizes anything never parses it.
 */
export function loadMatcherData(): MatcherData {
  return JSON.parse(text) as MatcherData;
}
