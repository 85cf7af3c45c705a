import text from '../../data/generated/name-starts.json?raw';
import type { NameKind } from '@/lib/recognize/name-kind';
import { createNameTest, type NameStarts, type NameTest } from '@/lib/recognize/name-starts';

/**
 * The name test frames ask of their text before they load the engine (`name/test`,
 * lib/page/frame-text.ts): whether it may name a term, and whether only ambiguous words
 * (lib/recognize/name-starts.ts). One test for every frame of every tab, made on the first request
 * and warm after: each frame parsed its tables and ran the test cold, which was most of what a page
 * naming no term paid. It keeps nothing of the text.
 */
export type TestNames = (text: string) => NameKind;

export function createNameTester(): TestNames {
  let test: NameTest | undefined;
  return (chunk) => (test ??= createNameTest(JSON.parse(text) as NameStarts))(chunk);
}
