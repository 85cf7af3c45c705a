import { explanationInWords } from '@/lib/i18n/reason-words';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, type FindOptions } from '@/lib/recognize';
import { FIXTURE_INDEX } from './fixture-index';

const matcher = compileMatcher(FIXTURE_INDEX);
const kept = (text: string, options?: FindOptions) => findMentions(matcher, text, options).map((m) => m.text);

describe('disambiguation', () => {
  it('keeps "lead" the metal and drops "lead" the verb and the noun for first place', () => {
    expect(kept('Lead prices fell as the smelter in Peru restarted.')).toEqual(['Lead']);
    expect(kept('Copper, lead and zinc output rose.')).toEqual(['Copper', 'lead', 'zinc']);
    expect(kept('Tests found lead in the water of 300 homes, and exposure to lead harms children.')).toEqual([
      'lead',
      'lead',
    ]);
    expect(kept('She will lead the talks, which could lead to a deal.')).toEqual([]);
    expect(kept('Italy took the lead on the final bend; the lead singer waved.')).toEqual([]);
  });

  it('drops silver medals, Silicon Valley and the Chevrolet Cobalt', () => {
    expect(kept('Spain won a silver medal; every cloud has a silver lining.')).toEqual([]);
    expect(kept('Startups in Silicon Valley raised money.')).toEqual([]);
    expect(kept('The recall covers the Chevrolet Cobalt.')).toEqual([]);
    expect(kept('Silver rose 1.1% to $32.40 an ounce.')).toEqual(['Silver']);
  });

  it('tells Spanish money and bullets from the metals', () => {
    expect(kept('Les ofrecieron plata o plomo.')).toEqual([]);
    expect(kept('México es el primer productor mundial de plata y exporta concentrados de plomo.')).toEqual([
      'plata',
      'plomo',
    ]);
  });

  it('reads IRA as the Inflation Reduction Act only where the context says so', () => {
    expect(kept('Open a Roth IRA before April.')).toEqual([]);
    expect(kept('Savers can roll a 401(k) into an IRA without tax.')).toEqual([]);
    expect(kept('The Inflation Reduction Act (IRA) offers tax credits for electric vehicles.')).toEqual([
      'Inflation Reduction Act',
      'IRA',
    ]);
  });

  it('reads a word that opens a sentence by its own sentence, not the one before', () => {
    // Zinc and nickel are a sentence away: a hint for the paragraph, not words of this sentence.
    expect(kept('Zinc and nickel output rose. Lead, the mascot, waved.')).toEqual(['Zinc', 'nickel']);
    expect(kept('Zinc, nickel and lead output rose.')).toEqual(['Zinc', 'nickel', 'lead']);
  });

  it('does not trust capitals in an all-caps headline', () => {
    expect(kept('SEE THE IRA BEFORE YOU RETIRE')).toEqual([]);
    expect(kept('USMCA REVIEW PUTS COPPER TARIFFS IN FOCUS')).toEqual(['USMCA', 'COPPER']);
  });

  it('reads a capitalised common word in mid-sentence as a name', () => {
    expect(kept('The mayor met Tin Nguyen, who said the plan was fine.')).toEqual([]);
  });

  it('applies the confidence threshold, and says why each mention is kept', () => {
    const text = 'Lead prices rose as the smelter restarted.';
    const [lead] = findMentions(matcher, text);
    expect(lead!.confidence).toBeGreaterThan(0.5);
    expect(explanationInWords(lead!.why, 'en')).toMatch(/kept for: .*smelter/);
    expect(findMentions(matcher, text, { threshold: Math.min(1, lead!.confidence + 0.001) })).toEqual([]);
    expect(findMentions(matcher, 'Lithium', {})[0]!.why).toEqual({ verdict: 'name' });
  });

  it('flags held candidates when asked, with the reason they were held', () => {
    const [held] = findMentions(matcher, 'She will lead the talks.', { includeHeld: true });
    expect(held).toMatchObject({ text: 'lead', held: true });
    expect(explanationInWords(held!.why, 'en')).toMatch(/lead the/);
  });
});
