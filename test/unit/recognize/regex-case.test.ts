import { describe, expect, it } from 'vitest';
import { foldCode, isLatinWordCode } from '@/lib/recognize/regex-case';

// The word look-ups that replaced the judge's regexes compare characters as a case-folding regex
// (flag `i`, no `u`) does: checked here against the engine itself, for every UTF-16 code unit.

const CODE_UNITS = Array.from({ length: 0x10000 }, (_, code) => code);
const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

describe('characters as a case-folding regex compares them', () => {
  it('puts the same code units in the Latin letters-and-digits class', () => {
    const regex = /^[a-z0-9\u00C0-\u024F]$/i;
    const differ = CODE_UNITS.filter(
      (code) => isLatinWordCode(code) !== regex.test(String.fromCharCode(code)),
    );
    expect(differ.map((code) => code.toString(16))).toEqual([]);
  });

  it('folds each code unit to the same character as a letter of the lexicons', () => {
    const letters = [..."abcdefghijklmnopqrstuvwxyzáéíóúüñçàèöß',.()1"];
    const differ: string[] = [];
    for (const letter of letters) {
      const regex = new RegExp(`^${escape(letter)}$`, 'i');
      const fold = foldCode(letter.charCodeAt(0));
      for (const code of CODE_UNITS) {
        if ((foldCode(code) === fold) !== regex.test(String.fromCharCode(code)))
          differ.push(`${letter} ~ U+${code.toString(16)}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
