import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, type FindOptions } from '@/lib/recognize';
import { FIXTURE_INDEX } from './fixture-index';

const matcher = compileMatcher(FIXTURE_INDEX);
const found = (text: string, options?: FindOptions) =>
  findMentions(matcher, text, options).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('matching', () => {
  it('finds whole words only, with accented letters counting as letters', () => {
    expect(found('Lithium and cobalt; the cobaltite ore; sublithium')).toEqual([
      ['Lithium', 'lithium'],
      ['cobalt', 'cobalt'],
    ]);
    expect(found('ácobre, cobreñ, el cobre.')).toEqual([['cobre', 'copper']]);
  });

  it('folds case for names, but not for case-sensitive acronyms', () => {
    expect(found('LITHIUM, Lithium, lithium')).toHaveLength(3);
    expect(found('REE supply; the ree and Ree are not it')).toEqual([['REE', 'rare-earth-elements']]);
    expect(found('under the USMCA and the usmca')).toEqual([['USMCA', 'usmca']]);
  });

  it('matches with or without accents, and text that is not in NFC', () => {
    expect(found('La Secretaria de Economia y la Secretaría de Economía')).toEqual([
      ['Secretaria de Economia', 'secretaria-de-economia'],
      ['Secretaría de Economía', 'secretaria-de-economia'],
    ]);
    const decomposed = 'Secretari\u0301a de Economi\u0301a y el ni\u0301quel';
    expect(found(decomposed)).toEqual([
      ['Secretari\u0301a de Economi\u0301a', 'secretaria-de-economia'],
      ['ni\u0301quel', 'nickel'],
    ]);
  });

  it('treats hyphen variants, non-breaking spaces and soft hyphens as the same word', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2013']) {
      expect(found(`el T${dash}MEC`)).toEqual([[`T${dash}MEC`, 'usmca']]);
    }
    expect(found('rare\u00A0earths, rare-earths')).toHaveLength(2);
    expect(found('lith\u00ADium and co\u00ADbalt')).toEqual([
      ['lith\u00ADium', 'lithium'],
      ['co\u00ADbalt', 'cobalt'],
    ]);
  });

  it('accepts curly apostrophes where the alias has a straight one', () => {
    expect(found('Mexico\u2019s critical minerals plan')).toEqual([
      ['Mexico\u2019s critical minerals plan', 'us-mexico-plan'],
    ]);
  });

  it('finds plurals, singulars and hyphenated forms of a phrase', () => {
    expect(found('rare earths, a rare earth, rare-earth magnets, tierra rara').map(([, id]) => id)).toEqual(
      Array(4).fill('rare-earth-elements'),
    );
    expect(found('lithium-ion cells')).toEqual([['lithium', 'lithium']]);
  });

  it('prefers the longest alias at a place', () => {
    expect(found('metallurgical coal and coal')).toEqual([
      ['metallurgical coal', 'metallurgical-coal'],
      ['coal', 'coal'],
    ]);
    expect(found('the Critical Raw Materials Act sets targets for critical raw materials')).toEqual([
      ['Critical Raw Materials Act', 'critical-raw-materials-act'],
      ['critical raw materials', 'critical-raw-material'],
    ]);
    expect(found('rare earth elements')).toEqual([['rare earth elements', 'rare-earth-elements']]);
  });

  it('matches a name that spans inline markup once the page engine joins the pieces', () => {
    const pieces = ['The Inflation ', 'Reduction Act', ' passed'];
    expect(found(pieces.join(''))).toEqual([['Inflation Reduction Act', 'inflation-reduction-act']]);
  });

  it('never matches chemical symbols in prose', () => {
    expect(found('Li and Co at the Li-ion plant')).toEqual([]);
    expect(matcher.stats.skipped.join()).toContain('"Li" is a chemical symbol');
  });

  it('gives a word shared by a group and its members to the group', () => {
    expect(found('REE')).toEqual([['REE', 'rare-earth-elements']]);
  });

  it('limits aliases to the active languages', () => {
    expect(found('litio y lithium', { languages: ['en'] })).toEqual([['lithium', 'lithium']]);
    expect(found('litio y lithium', { languages: ['es'] })).toEqual([['litio', 'lithium']]);
  });

  it('returns offsets into the original text, sorted and never overlapping', () => {
    const text = 'co\u00ADbalt, nickel\u00AD and rare earth elements';
    const mentions = findMentions(matcher, text);
    expect(mentions.map((m) => m.text)).toEqual(['co\u00ADbalt', 'nickel', 'rare earth elements']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports how it compiled', () => {
    expect(matcher.stats.terms).toBe(FIXTURE_INDEX.terms.length);
    expect(matcher.stats.keys).toBeGreaterThan(matcher.stats.aliases);
    expect(matcher.stats.compileMs).toBeGreaterThan(0);
  });
});
