import { describe, expect, it } from 'vitest';
import { phraseData } from '@/lib/recognize/compile-phrases';
import { PhraseIndex } from '@/lib/recognize/phrase-index';

describe('phrases around a word', () => {
  it('takes a phrase that writes the word itself as a stem, for every form of the word', () => {
    // The lexicon writes "energy tariff*" for both "tariff" and "tariffs": the phrase was dropped.
    const text = 'Households on energy tariffs and an energy tariff paid less.';
    for (const word of ['tariff', 'tariffs']) {
      const phrases = new PhraseIndex([phraseData('energy tariff*', word)!]);
      const at = text.indexOf(word === 'tariff' ? 'tariff ' : 'tariffs');
      expect(phrases.find(text, at, at + word.length, 60)?.label, word).toBe('energy tariff*');
    }
  });
});
