import type { MatcherData } from '../recognize/instantiate-matcher';
import generated from '../../data/generated/matcher.json';

/**
 * The matcher's page-independent part (alias forms, regex source, senses), computed from the match
 * index by `npm run data:check` so the content script only instantiates it; a unit test keeps the
 * file fresh (test/unit/dataset/build.test.ts).
 */
export const MATCHER_DATA = generated as unknown as MatcherData;
