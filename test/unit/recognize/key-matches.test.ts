import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyMatches } from '@/lib/recognize/key-matches';
import { caseCheck, keysRegex, keysRegexes } from '@/lib/recognize/regex-trie';
import { measureWork } from './work-meter';

// Match regexes split by first character, read together, must find what one regex of every key
// finds, at the same linear cost: the split is what keeps each under V8's size limit.

const KEYS = [
  'lithium',
  'lithium carbonate',
  'litio',
  'lead',
  'se',
  'secretaria de economia',
  'rare earth',
  'rare earth elements',
  'tin',
  'tierras raras',
  'export controls',
  'european commission',
  'miit',
  'gacc',
  '3t minerals',
];
const CHECKS = new Map([['se', caseCheck(['SE'])]]);
/** Small enough that every few initials make a regex of their own. */
const LIMIT = 100;
const split = () => keysRegexes(KEYS, CHECKS, LIMIT).map((source) => new RegExp(source, 'gi'));

/** Every match as the recognizer walks them: past a taken match, or one place on from a refused one. */
function walk(next: (from: number) => RegExpExecArray | null, refuse: (m: RegExpExecArray) => boolean) {
  const out: string[] = [];
  for (let m = next(0); m;) {
    const refused = refuse(m);
    out.push(`${m.index}:${m[0]}${refused ? ' (refused)' : ''}`);
    m = next(refused ? m.index + 1 : m.index + m[0].length);
  }
  return out;
}

const single = (text: string) => keyMatches([keysRegex(KEYS, CHECKS)], text);

describe('match regexes split by first character', () => {
  it('makes several regexes, each under the limit, and one when they fit', () => {
    const sources = keysRegexes(KEYS, CHECKS, LIMIT);
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) expect(source.length).toBeLessThan(LIMIT);
    expect(keysRegexes(KEYS, CHECKS)).toHaveLength(1);
  });

  it('finds what one regex finds, longest first, refused matches retried one place on', () => {
    const text =
      'Lithium carbonate, rare-earth elements and tin: the SE (se dijo) said the European Commission, ' +
      'MIIT and GACC set export controls on 3T minerals; litio y tierras raras. Leadership, lead.';
    const refuseShort = (m: RegExpExecArray) => m[0].length <= 3;
    expect(walk(keyMatches(split(), text), refuseShort)).toEqual(walk(single(text), refuseShort));
    expect(walk(keyMatches(split(), text), () => false)).toContain(
      `${text.indexOf('rare')}:rare-earth elements`,
    );
  });

  it('finds what one regex finds on any text made of the keys', () => {
    const piece = fc.constantFrom(...KEYS, ...KEYS.map((k) => k.toUpperCase()), ' ', '-', '. ', 'x', 'SE');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (parts, refuseAll) => {
        const text = parts.join('');
        const refuse = () => refuseAll;
        expect(walk(keyMatches(split(), text), refuse)).toEqual(walk(single(text), refuse));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the text about once per regex: twice the text, twice the work', () => {
    const workOn = (text: string) =>
      measureWork(() => walk(keyMatches(split(), text), (m) => m[0].length % 2 === 0)).work;
    for (const unit of ['lead tin ', 'the rare earth lithium x ', 'zzzz ']) {
      const small = workOn(unit.repeat(2000));
      const large = workOn(unit.repeat(4000));
      expect(large, unit).toBeLessThanOrEqual(2.1 * small);
      expect(small / (unit.length * 2000), unit).toBeLessThanOrEqual(split().length * 2);
    }
  });
});
