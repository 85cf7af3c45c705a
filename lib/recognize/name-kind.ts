/**
 * What a text may name: nothing, only ambiguous words, or a key that may be a name in any sentence.
 * In a module of its own, with no imports: content.js, in every frame, needs these and nothing of
 * the name test (name-starts.ts), whose modules build regexes as they load.
 */
export const NO_NAME = 0;
export const AMBIGUOUS_NAME = 1;
export const SURE_NAME = 2;
export type NameKind = typeof NO_NAME | typeof AMBIGUOUS_NAME | typeof SURE_NAME;
