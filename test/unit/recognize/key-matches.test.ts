import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { compileMatcher, type Matcher } from '@/lib/recognize';
import { compileKeyFinderData, hashOf } from '@/lib/recognize/compile-key-starts';
import { compileMatcherData, shortAcronymChecks } from '@/lib/recognize/compile-matcher';
import { instantiateMatcher } from '@/lib/recognize/instantiate-matcher';
import { createKeyFinder, type NextKeyMatch } from '@/lib/recognize/key-matches';
import {
  caseCheck,
  compactTrie,
  keysRegex,
  startsWithAsciiWord,
  trieSource,
} from '@/lib/recognize/regex-trie';
import { scanCandidates } from '@/lib/recognize/scan-candidates';
import { texts } from './key-texts';
import { measureWork } from './work-meter';

// The key finder looks words up by their first word and tries a small regex only there; it must
// return what one global regex of every key returns from exec, match for match, on any text, and
// stay linear: this is what lets a page skip compiling 20 kB of regex it has no use for, and
// compile only the few tiny tries of the words it names.

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
  "o'brien act",
  'económica',
  'co-product',
  'co product line',
  'u.s.c.',
  'u.s. steel',
  // First words that hash alike ("tan" and "tc0"; "económica" and "econòmica", whose accents the
  // hash folds alike) share a regex: the finder must still find each where it is.
  'tan',
  'tc0 alloy',
  'econòmica',
];
const CHECKS = new Map([['se', caseCheck(['SE'])]]);

/** Word by word throughout unless `globalAfter` says when to switch to the joined regexes. */
function finder(keys: readonly string[], checks = CHECKS, globalAfter = Infinity) {
  const { next } = createKeyFinder(compileKeyFinderData(keys, checks), globalAfter);
  return (text: string): NextKeyMatch =>
    (from) =>
      next(text, from);
}

/** The finder the page had before: one regex (`g`) scanning the text from `from`. */
const globalFinder =
  (regex: RegExp) =>
  (text: string): NextKeyMatch =>
  (from) => {
    regex.lastIndex = from;
    return regex.exec(text);
  };

/** Every match as the recognizer walks them: past a taken match, or one place on from a refused one. */
function walk(next: NextKeyMatch, refuse: (m: RegExpExecArray) => boolean) {
  const out: string[] = [];
  for (let m = next(0); m;) {
    const refused = refuse(m);
    out.push(`${m.index}:${m[0]}${refused ? ' (refused)' : ''}`);
    m = next(refused ? m.index + 1 : m.index + m[0].length);
  }
  return out;
}

const single = globalFinder(keysRegex(KEYS, CHECKS));

describe('the key finder', () => {
  it('makes one regex per first word, first words that hash alike sharing one', () => {
    expect(hashOf('tan')).toBe(hashOf('tc0'));
    expect(hashOf('económica')).toBe(hashOf('econòmica'));
    const { regexes } = compileKeyFinderData(KEYS, CHECKS);
    expect(regexes).toContain(compactTrie(trieSource(['lithium', 'lithium carbonate'])));
    expect(regexes).toContain(compactTrie(trieSource(['co-product', 'co product line'])));
    expect(regexes).toContain(compactTrie(trieSource(['u.s.c.', 'u.s. steel'])));
    expect(regexes).toContain(compactTrie(trieSource(['tan', 'tc0 alloy'])));
    expect(regexes).toContain(compactTrie(trieSource(['económica', 'econòmica'])));
    // "se" and "secretaria" are two first words, however the letters they share.
    expect(regexes).toContain(compactTrie(trieSource(['se'], CHECKS)));
    expect(regexes).toContain(compactTrie(trieSource(['secretaria de economia'])));
    expect(regexes).toHaveLength(18);
  });

  it('finds what one regex finds, longest first, refused matches retried one place on', () => {
    const text =
      'Lithium carbonate, rare-earth elements and tin: the SE (se dijo) said the European Commission, ' +
      'MIIT and GACC set export controls on 3T minerals; litio y tierras raras. Leadership, lead, O\u2019Brien Act, ' +
      'aélithium ÉCONÓMICA co-product, Secretaria de Economia. TAN, tc0 alloys, tc0 alloy; ECONÒMICA ' +
      'econòmica; the U.S.C. and U.S. Steel, u.s. co product line, co\u2010product lines.';
    const refuseShort = (m: RegExpExecArray) => m[0].length <= 3;
    expect(walk(finder(KEYS)(text), refuseShort)).toEqual(walk(single(text), refuseShort));
    const found = walk(finder(KEYS)(text), () => false);
    expect(found).toContain(`${text.indexOf('rare')}:rare-earth elements`);
    // Inside a word, after "é": the regex's \b sees a start there, so the finder must too.
    expect(found).toContain(`${text.indexOf('lithium ')}:lithium`);
    expect(found).toContain(`${text.indexOf('tc0 alloy;')}:tc0 alloy`);
    expect(found).toContain(`${text.indexOf('ECONÒMICA')}:ECONÒMICA`);
    expect(found).toContain(`${text.indexOf('U.S.C.')}:U.S.C.`);
  });

  it('finds what one regex finds on any text made of the keys', () => {
    fc.assert(
      fc.property(texts(KEYS), fc.boolean(), (text, refuseAll) => {
        const refuse = () => refuseAll;
        expect(walk(finder(KEYS)(text), refuse)).toEqual(walk(single(text), refuse));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['word by word', Infinity],
    ['with the joined regexes', 0],
  ])('reads each word start a fixed number of times, %s: twice the text, twice the work', (_, after) => {
    const workOn = (text: string) =>
      measureWork(() => walk(finder(KEYS, CHECKS, after)(text), (m) => m[0].length % 2 === 0)).work;
    const long = 'x'.repeat(500);
    for (const unit of [
      'lead tin ',
      'the rare earth lithium x ',
      'zzzz ',
      'aéaéaéa',
      `lithium${long} `,
      `rare${' -'.repeat(250)}`,
    ]) {
      const small = workOn(unit.repeat(2000));
      const large = workOn(unit.repeat(4000));
      expect(large, unit).toBeLessThanOrEqual(2.1 * small);
      expect(small / (unit.length * 2000), unit).toBeLessThanOrEqual(8);
    }
  });
});

describe('a key finder past its word-by-word budget', () => {
  it('reads with every key compiled at once, finding what one regex finds, texts read again included', () => {
    // Past 30 characters: the first text is read word by word, the rest with the joined regexes.
    const switched = finder(KEYS, CHECKS, 30);
    const text = 'Lithium carbonate and rare-earth elements; tin, lead, SE, se; O\u2019Brien Act, aélithium.';
    const refuseShort = (m: RegExpExecArray) => m[0].length <= 3;
    const expected = walk(single(text), refuseShort);
    for (let round = 0; round < 3; round++) expect(walk(switched(text), refuseShort)).toEqual(expected);
    fc.assert(
      fc.property(texts(KEYS), fc.boolean(), (random, refuseAll) => {
        const refuse = () => refuseAll;
        expect(walk(switched(random), refuse)).toEqual(walk(single(random), refuse));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the shipped matcher with the key finder', { timeout: 120_000 }, () => {
  const data = compileMatcherData(MATCH_INDEX);
  const matcher = instantiateMatcher(MATCH_INDEX, data);
  const keys = [...matcher.entries.keys()];
  // One regex of every key with an ASCII initial, as compile-matcher.ts would make it whole.
  const aliasesOf = new Map(data.entries.map(([key, list]) => [key, list.map((at) => data.aliases[at]!)]));
  const checks = shortAcronymChecks(keys, (key) => aliasesOf.get(key)!, MATCH_INDEX);
  const oneRegex = keysRegex(keys.filter(startsWithAsciiWord), checks);
  const oracle: Matcher = { ...matcher, keys: { next: (text, from) => globalFinder(oneRegex)(text)(from) } };
  const matchesOf =
    (m: Matcher, text: string): NextKeyMatch =>
    (from) =>
      m.keys.next(text, from);
  const seen = (m: Matcher, text: string) =>
    scanCandidates(m, text).map((c) => `${c.start}-${c.end}:${c.entry.term.id}`);

  /** The regexes `run` makes, with a fresh matcher made before it. */
  function regexesBuilt(run: (fresh: Matcher) => void): RegExp[] {
    const built: RegExp[] = [];
    const Original = RegExp;
    const fresh = compileMatcher(MATCH_INDEX);
    globalThis.RegExp = new Proxy(Original, {
      construct: (target, args: [string, string]) => {
        const regex = new target(...args);
        built.push(regex);
        return regex;
      },
    });
    try {
      run(fresh);
    } finally {
      globalThis.RegExp = Original;
    }
    return built;
  }

  it('is made from the shipped data without reading a word of it: the build hashed the starts', () => {
    expect(measureWork(() => createKeyFinder(data.finder)).work).toBe(0);
  });

  it('compiles no regex where no word starts a key', () => {
    const built = regexesBuilt((fresh) =>
      scanCandidates(fresh, 'The committee adjourned on Tuesday without voting. '.repeat(30)),
    );
    expect(built.filter((r) => r.sticky)).toEqual([]);
  });

  it('compiles no regex for a first word that is a whole key alone, yet finds it', () => {
    let found: string[] = [];
    const built = regexesBuilt((fresh) => {
      found = scanCandidates(fresh, 'LEAD and Tin prices rose; nickel too.').map((c) => c.entry.term.id);
    });
    expect(found).toEqual(['lead', 'tin', 'nickel']);
    expect(built.filter((r) => r.sticky)).toEqual([]);
  });

  it('compiles only the regexes of the first words a page names: a few tiny ones', () => {
    const text = 'Lead, tin, silver and China: lithium and rare-earth prices rose at the Commission.';
    const built = regexesBuilt((fresh) => scanCandidates(fresh, text)).filter((r) => r.sticky);
    const words = new Set(text.toLowerCase().split(/[^a-z]+/));
    const holds = (regex: RegExp, key: string) => {
      regex.lastIndex = 0;
      return regex.exec(key)?.[0] === key;
    };
    expect(built.length).toBeGreaterThan(4);
    for (const regex of built)
      for (const key of keys.filter((k) => holds(regex, k)))
        expect(words.has(key.split(/[^a-z]/)[0]!), `${key} in /${regex.source}/`).toBe(true);
    expect(built.reduce((sum, r) => sum + r.source.length, 0)).toBeLessThan(1500);
  });

  it('finds the same candidates as one global regex on texts made of real keys', () => {
    fc.assert(
      fc.property(texts(keys), (text) => {
        expect(seen(matcher, text)).toEqual(seen(oracle, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every key, alone, capitalised and its words joined otherwise, where one global regex does', () => {
    const joined = (key: string, by: string) => key.replaceAll(' ', by);
    const text = keys
      .map((key) => `(${key}) ${key.toUpperCase()}. x${key} ${joined(key, '-')}, ${joined(key, '\u00A0\n')}`)
      .join(' ');
    const all = (m: Matcher) => walk(matchesOf(m, text), () => false);
    expect(all(matcher)).toEqual(all(oracle));
    expect(all(matcher).length).toBeGreaterThan(4 * keys.length);
  });

  it('with its regexes joined, as a frame of megabytes reads, returns what one global regex returns', () => {
    const joined: Matcher = { ...matcher, keys: createKeyFinder(data.finder, 0) };
    fc.assert(
      fc.property(texts(keys), fc.nat(), (text, seed) => {
        const refuse = (m: RegExpExecArray) => (m.index + seed) % 3 === 0;
        expect(walk(matchesOf(joined, text), refuse)).toEqual(walk(matchesOf(oracle, text), refuse));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns what one global regex returns, match for match', () => {
    fc.assert(
      fc.property(texts(keys), fc.nat(), (text, seed) => {
        const refuse = (m: RegExpExecArray) => (m.index + seed) % 3 === 0;
        expect(walk(matchesOf(matcher, text), refuse)).toEqual(walk(matchesOf(oracle, text), refuse));
      }),
      { numRuns: 2000 },
    );
  });
});
