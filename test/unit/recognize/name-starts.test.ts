import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { canonicalText } from '@/lib/recognize/canonical-text';
import { compileMatcherData } from '@/lib/recognize/compile-matcher';
import { instantiateMatcher } from '@/lib/recognize/instantiate-matcher';
import { nameStartsOf } from '@/lib/recognize/compile-name-starts';
import { AMBIGUOUS_NAME, NO_NAME, SURE_NAME } from '@/lib/recognize/name-kind';
import { createNameTest } from '@/lib/recognize/name-starts';
import { scanCandidates } from '@/lib/recognize/scan-candidates';
import { texts } from './key-texts';
import { measureWork } from './work-meter';

// The small content script loads the recognizer only into a frame whose text may name a term
// (lib/page/frame-text.ts). A wrong "no" would lose a reader's highlights on that page for good,
// so the test must say yes wherever the recognizer finds anything; and it must say no to ordinary
// prose, or it saves nothing.

describe('the name test, with the shipped matcher', { timeout: 120_000 }, () => {
  const data = compileMatcherData(MATCH_INDEX);
  const matcher = instantiateMatcher(MATCH_INDEX, data);
  const kindOf = createNameTest(nameStartsOf(data));
  const mayName = (text: string) => kindOf(text) !== NO_NAME;
  const keys = [...matcher.entries.keys()];

  it('says yes to every key the recognizer finds, as is, capitalised or upper case, and in a sentence', () => {
    let found = 0;
    for (const key of keys)
      for (const form of [key, key.toUpperCase(), `${key[0]!.toUpperCase()}${key.slice(1)}`]) {
        if (scanCandidates(matcher, form).length === 0) continue;
        found++;
        expect(mayName(form), form).toBe(true);
        expect(mayName(`Officials said ${form} matters.`), form).toBe(true);
      }
    expect(found).toBeGreaterThan(keys.length);
  });

  it('says no to a name that needs a capital, written without one, as the recognizer does', () => {
    for (const text of ['Se reunió el martes.', 'La ira de los vecinos. Ira', 'The commission met.']) {
      expect(scanCandidates(matcher, text)).toEqual([]);
      expect(mayName(text)).toBe(false);
    }
    for (const text of ['La SE publicó el plan.', 'The Commission met.', 'The IRA passed.'])
      expect(mayName(text)).toBe(true);
  });

  it('says yes wherever the recognizer finds a candidate, on any text made of real keys', () => {
    // Read as the recognizer reads a text (find-mentions.ts): soft hyphens out, accents composed.
    const found = (text: string) => scanCandidates(matcher, canonicalText(text).text).length > 0;
    fc.assert(
      fc.property(texts(keys), (text) => {
        if (found(text)) expect(mayName(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      'Prices of lith\u00ADium fell.',
      'La Secretari\u0301a de Economi\u0301a',
      'ni\u200Bckel',
    ])
      expect([found(text), mayName(text)], text).toEqual([true, true]);
  });

  it('says no to news that names no term, in English and in Spanish', () => {
    const english =
      'The city council met on Tuesday to discuss the budget for the coming year. Residents asked ' +
      'about road repairs, school funding and the new library, which opened in the spring. The mayor ' +
      'said the plan would be published next week, after a second reading.';
    const spanish =
      'El ayuntamiento se reunió el martes para discutir el presupuesto del próximo año. Los vecinos ' +
      'preguntaron por las obras en las calles, las escuelas y la biblioteca, que abrió en primavera.';
    expect(scanCandidates(matcher, english)).toEqual([]);
    expect(mayName(english)).toBe(false);
    expect(scanCandidates(matcher, spanish)).toEqual([]);
    expect(mayName(spanish)).toBe(false);
  });

  it('is made from the shipped data without reading a word of it: the build hashed the starts', () => {
    // Every frame with text makes one: hashing some 700 starts there cost each a few ms.
    const shipped = nameStartsOf(data);
    expect(measureWork(() => createNameTest(shipped)).work).toBe(0);
  });

  it('tries a key with a non-ASCII initial where it starts a word, not inside one', () => {
    expect(scanCandidates(matcher, 'Le prix de l’étain a monté.').length).toBeGreaterThan(0);
    expect(mayName('Le prix de l’étain a monté.')).toBe(true);
    expect(mayName('Un métain.')).toBe(false);
  });

  it('tells ambiguous words apart: a frame naming only those asks the background before it loads the engine', () => {
    const kinds: [string, number][] = [
      // Words that are names only in some sentences (lib/background/probe-frame.ts judges them).
      ...['Lead singer', 'a tin of beans', 'silver medal', 'Copper said', 'the IRA'].map(
        (text): [string, number] => [text, AMBIGUOUS_NAME],
      ),
      // A key that may be a name in any sentence, even beside an ambiguous word: the engine loads.
      ...['lithium', 'lead and lithium', 'rare earth elements', 'le prix de l’étain', 'Palladium rose.'].map(
        (text): [string, number] => [text, SURE_NAME],
      ),
      // A sure key's first word written as a proper name, inside a sentence: the recognizer's
      // senses and case rules turn most such words down ("the London Palladium"): asked first.
      ...['at the London Palladium', 'in the United States', 'as Australia moved', 'the U.S. Mint'].map(
        (text): [string, number] => [text, AMBIGUOUS_NAME],
      ),
      // Capitalised because a sentence, a quotation or a line opens there.
      ...['Sales rose. Palladium fell.', 'Up: “Palladium fell.”', 'News\nPalladium fell'].map(
        (text): [string, number] => [text, SURE_NAME],
      ),
    ];
    for (const [text, kind] of kinds) expect(kindOf(text), text).toBe(kind);
    expect(kindOf('The council met on Tuesday.')).toBe(NO_NAME);
  });

  it('calls ambiguous only the keys every alias of which is ambiguous, so a sure key never waits on a probe', () => {
    const aliases = (key: string) => data.entries.find(([k]) => k === key)![1];
    let sure = 0;
    for (const [key, at] of data.entries) {
      if (at.every((i) => data.aliases[i]![3] === 1)) continue;
      if (scanCandidates(matcher, key).length === 0) continue;
      sure++;
      expect(kindOf(key), key).toBe(SURE_NAME);
    }
    expect(sure).toBeGreaterThan(300);
    expect(aliases('lead').every((i) => data.aliases[i]![3] === 1)).toBe(true);
  });
});
