import text from '../../data/generated/name-starts.json?raw';
import {
  createNameTest,
  NO_NAME,
  type NameKind,
  type NameStarts,
  type NameTest,
} from '@/lib/recognize/name-starts';
import type { ProbeAnswer, ProbeFrame } from './probe-frame';

/**
 * The name test frames ask of their text before they load the engine (`name/test`,
 * lib/page/frame-text.ts): whether it may name a term, and whether only ambiguous words
 * (lib/recognize/name-starts.ts). One test for every frame of every tab, made on the first request
 * and warm after: each frame parsed its tables and ran the test cold, which was most of what a page
 * naming no term paid. It keeps nothing of the text.
 *
 * A frame whose blocks all fit one question asks about them `whole`: if they may name a term, the
 * answer is the probe's (probe-frame.ts), no mention shown or the judgements of every block, so that
 * an article is tested, probed and judged in one round trip.
 */
export type NameAnswer = NameKind | ProbeAnswer;
export type TestNames = (
  texts: readonly string[],
  whole: boolean,
  frameUrl: string,
) => NameAnswer | Promise<NameAnswer>;

export function createNameTester(probe?: ProbeFrame): TestNames {
  let test: NameTest | undefined;
  return (texts, whole, frameUrl) => {
    const kind = (test ??= createNameTest(JSON.parse(text) as NameStarts))(texts.join('\n'));
    return whole && kind !== NO_NAME && probe ? probe(texts, frameUrl) : kind;
  };
}
