import { describe, expect, it } from 'vitest';
import { caseCheck, keysRegex } from '@/lib/recognize/regex-trie';

const matches = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => m[0]);

describe('the key regex', () => {
  it('takes the longest key at a place, and a shorter one where the longer does not fit', () => {
    const regex = keysRegex(['rare earth', 'rare earth elements', 'lithium']);
    expect(matches(regex, 'Rare-earth elements, rare earths and lithium-ion')).toEqual([
      'Rare-earth elements',
      'lithium',
    ]);
    expect(matches(regex, 'rare earth prices')).toEqual(['rare earth']);
  });

  it('turns away a short acronym written in lowercase, in the regex itself', () => {
    // "se" only as the acronym SE; "secretaría" shares its first letters and must still match.
    const regex = keysRegex(['se', 'secretaria'], new Map([['se', caseCheck(['SE'])]]));
    expect(matches(regex, 'La SE dijo que se revisará; Secretaria de Economía; la Se.')).toEqual([
      'SE',
      'Secretaria',
    ]);
  });
});
