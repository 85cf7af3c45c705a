import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '@/lib/recognize';
import { normalizeForSearch } from '@/lib/search/normalize';
import { APOSTROPHES, HYPHENS } from '@/lib/text/punctuation';
import { FIXTURE_INDEX } from './fixture-index';

// Browse and the page must agree on what counts as the same name: a spelling the panel's search
// finds ("rare−earth" with a minus sign, a full-width hyphen) must be highlighted on the page too.
const matcher = compileMatcher(FIXTURE_INDEX);
const found = (text: string) =>
  findMentions(matcher, text).map((m) => [text.slice(m.start, m.end), m.termId]);

const HYPHENS_NAMED = {
  'hyphen-minus': '-',
  hyphen: '\u2010',
  'non-breaking hyphen': '\u2011',
  'figure dash': '\u2012',
  'en dash': '\u2013',
  'minus sign': '\u2212',
  'small hyphen-minus': '\uFE63',
  'full-width hyphen-minus': '\uFF0D',
};
const APOSTROPHES_NAMED = {
  straight: "'",
  'left single quote': '\u2018',
  'right single quote': '\u2019',
  'modifier letter': '\u02BC',
};

describe('one hyphen and apostrophe table for search and recognition', () => {
  it.each(Object.entries(HYPHENS_NAMED))(
    'rare earth written with a %s is searched and highlighted',
    (_, dash) => {
      expect(normalizeForSearch(`rare${dash}earth`)).toBe('rare-earth');
      expect(found(`new rare${dash}earth magnets`)).toEqual([[`rare${dash}earth`, 'rare-earth-elements']]);
      expect(found(`el T${dash}MEC`)).toEqual([[`T${dash}MEC`, 'usmca']]);
    },
  );

  it.each(Object.entries(APOSTROPHES_NAMED))(
    'an apostrophe written as a %s is searched and highlighted',
    (_, mark) => {
      expect(normalizeForSearch(`Mexico${mark}s`)).toBe("mexico's");
      expect(found(`Mexico${mark}s critical minerals plan`)).toEqual([
        [`Mexico${mark}s critical minerals plan`, 'us-mexico-plan'],
      ]);
    },
  );

  it('the shared table holds every one of them, and nothing the page misses', () => {
    expect([...HYPHENS].sort()).toEqual(Object.values(HYPHENS_NAMED).sort());
    expect([...APOSTROPHES].sort()).toEqual(Object.values(APOSTROPHES_NAMED).sort());
    for (const dash of HYPHENS) expect(found(`rare${dash}earth`)).toHaveLength(1);
  });
});
