import { describe, expect, it } from 'vitest';
import { compileMatcher, createPageContext, findMentions, rescoreMentions } from '@/lib/recognize';
import { FIXTURE_INDEX } from './fixture-index';

const matcher = compileMatcher(FIXTURE_INDEX);
// No cue either way: only the page can decide what "tin" means here.
const UNDECIDED = 'Tin is what they talked about.';

describe('page context', () => {
  it('starts neutral', () => {
    const page = createPageContext();
    expect(page.priorFor('mineral')).toBe(0);
    expect(page.priorFor('policy')).toBe(0);
    expect(page.revision).toBe(0);
  });

  it('raises the prior on a page full of mineral names and lowers it on a sports page', () => {
    const mining = createPageContext();
    for (let i = 0; i < 5; i++)
      findMentions(matcher, 'Lithium, cobalt and nickel output rose.', { page: mining });
    expect(mining.priorFor('mineral')).toBeGreaterThan(0.5);
    expect(mining.summaryFor('mineral')).toEqual({ code: 'page-about-minerals' });

    const sport = createPageContext();
    for (let i = 0; i < 3; i++)
      findMentions(matcher, 'The striker scored as the league leaders took silver.', { page: sport });
    expect(sport.priorFor('mineral')).toBeLessThan(-0.5);
    expect(sport.summaryFor('mineral')).toEqual({ code: 'page-about-topic', detail: 'sport' });
  });

  it('decides an undecided word by the page it is on', () => {
    expect(findMentions(matcher, UNDECIDED)).toEqual([]);
    const page = createPageContext();
    for (let i = 0; i < 6; i++)
      findMentions(matcher, 'Copper, zinc and lithium exports rose.', { page, blockKey: i });
    expect(findMentions(matcher, UNDECIDED, { page }).map((m) => m.text)).toEqual(['Tin']);
  });

  it('re-decides held mentions without the text once later blocks arrive', () => {
    const page = createPageContext();
    const early = findMentions(matcher, UNDECIDED, { page, blockKey: 'top', includeHeld: true });
    expect(early).toMatchObject([{ text: 'Tin', held: true }]);
    const revision = page.revision;
    for (let i = 0; i < 6; i++)
      findMentions(matcher, 'Copper, zinc and lithium exports rose.', { page, blockKey: i });
    expect(page.revision).not.toBe(revision);
    const later = rescoreMentions(early, { page, blockKey: 'top', includeHeld: true });
    expect(later).toMatchObject([{ text: 'Tin', start: 0, end: 3 }]);
    expect(later[0]!.held).toBeUndefined();
    expect(later[0]!.why).toMatchObject({
      verdict: 'kept',
      reasons: expect.arrayContaining([expect.objectContaining({ code: 'page-about-minerals' })]),
    });
  });

  it('keeps its revision when a block scanned again says the same', () => {
    // A live ticker re-rendered every second must not make the engine rescore the page each time.
    const page = createPageContext();
    const block = {};
    findMentions(matcher, 'Lithium rose.', { page, blockKey: block });
    const revision = page.revision;
    for (let i = 0; i < 3; i++) findMentions(matcher, 'Lithium rose.', { page, blockKey: block });
    expect(page.revision).toBe(revision);
    expect(page.hasSeen('lithium')).toBe(true);
    findMentions(matcher, 'Nothing here.', { page, blockKey: block });
    expect(page.hasSeen('lithium')).toBe(false);
  });

  it('replaces the evidence of a block scanned again under the same key', () => {
    const page = createPageContext();
    const block = {};
    for (let i = 0; i < 4; i++)
      findMentions(matcher, 'Lithium, cobalt, nickel and copper.', { page, blockKey: block });
    const once = createPageContext();
    findMentions(matcher, 'Lithium, cobalt, nickel and copper.', { page: once });
    expect(page.priorFor('mineral')).toBeCloseTo(once.priorFor('mineral'));
  });

  it('keeps off-topic evidence to the kind of word it concerns', () => {
    const retirement = createPageContext();
    for (let i = 0; i < 3; i++) {
      findMentions(matcher, 'Savers can move a 401(k) into an IRA in a rollover.', {
        page: retirement,
        blockKey: i,
      });
    }
    expect(retirement.priorFor('policy')).toBeLessThan(-0.5);
    expect(retirement.priorFor('mineral')).toBeCloseTo(0);
  });

  it('leaves names alone: only ambiguous words take the page prior', () => {
    const sport = createPageContext();
    for (let i = 0; i < 5; i++)
      findMentions(matcher, 'The striker scored as the league leaders took silver.', { page: sport });
    expect(findMentions(matcher, 'Lithium.', { page: sport })[0]!.confidence).toBeGreaterThan(0.9);
  });
});
