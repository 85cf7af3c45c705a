import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, createPageContext, findInWindows, findMentions } from '@/lib/recognize';
import { WINDOW_LENGTH } from '@/lib/recognize/text-windows';
import { FIXTURE_INDEX } from './fixture-index';
import { measureWork } from './work-meter';

// The recognizer is linear in the text on any input: doubling a text of any shape doubles the
// characters it examines (work-meter.ts), and no character costs more than a fixed amount. An ad
// frame's one huge text node with a line break and many "lead"s took 4.3 s in Node (quadratic).

const matcher = compileMatcher(FIXTURE_INDEX);
const N = 12_000;
/** Examined characters per character of text: the most any shape below may cost. */
const PER_CHAR = 1500;

/** `head` once, then `unit` repeated, to `size` characters. */
const grow = (unit: string, size: number, head = '') =>
  (head + unit.repeat(Math.ceil(size / unit.length))).slice(0, size);

const workOf = (text: string) =>
  measureWork(() => findMentions(matcher, text, { threshold: 0, page: createPageContext(), blockKey: {} }))
    .work;

function expectLinear(unit: string, head = '') {
  const small = workOf(grow(unit, N, head));
  const large = workOf(grow(unit, 2 * N, head));
  expect(large / N, `work per character on ${JSON.stringify(unit)}`).toBeLessThanOrEqual(PER_CHAR);
  // About 2x: linear, with room for a constant (the reaches either side of a word). Where a shape
  // costs only a few characters per character, where the text is cut decides a few thousand
  // characters of work either way ("tin\nlithiumsilver  lead" costs 3.0 per character at 12,000
  // and 4.0 at 24,000, then 3.0 again at 48,000 and 96,000): allow that much more, 4 per character.
  // A quadratic shape costs thousands per character and still fails.
  expect(large, `work at 2N on ${JSON.stringify(unit)}, against ${small} at N`).toBeLessThanOrEqual(
    2.3 * small + 4 * N,
  );
}

const SHAPES: Record<string, string | [head: string, unit: string]> = {
  'a run of ambiguous words after one line break': ['x\n', 'lead '],
  'a run of ambiguous words on one line': 'lead tin ',
  'line breaks everywhere': 'lead\n',
  'no space, no sentence end': 'leadtinsilver',
  'one sentence of words': 'the lead prices of tin and silver rose while ',
  'soft hyphens': 'li\u00ADthi\u00ADum lead\u00AD ',
  'capitalised names': 'Lead Tin Silver IRA ',
  'sentence ends everywhere': 'Lead. Tin. ',
  'names and ambiguous words': 'lead lithium IRA Inflation Reduction Act tin ',
  'a long run of spaces': 'lead' + ' '.repeat(5000),
};

// Counting slows every string call: generous timeouts on a shared machine (nothing here is timed).
describe('recognizer work per character', { timeout: 120_000 }, () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    const [head, unit] = typeof shape === 'string' ? ['', shape] : shape;
    it(`is linear on ${name}`, () => expectLinear(unit, head));
  }

  it('is linear in the number of short blocks of one page', () => {
    const blocksOf = (count: number) => {
      const page = createPageContext();
      return measureWork(() => {
        for (let i = 0; i < count; i++)
          findMentions(matcher, 'Lead prices rose; tin fell.', { threshold: 0, page, blockKey: { i } });
      }).work;
    };
    expect(blocksOf(1000) / blocksOf(500)).toBeLessThanOrEqual(2.3);
  });

  it('is linear on any repeated shape', () => {
    const token = fc.constantFrom(
      'lead',
      'Lead',
      'tin',
      'silver',
      'IRA',
      'lithium',
      'rare earths',
      'medal',
      'will',
      ' ',
      ' ',
      '\n',
      '. ',
      ', ',
      '-',
      '\u00AD',
      'x',
      '"',
    );
    const unit = fc.array(token, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
    // What comes once before the repeated part: nothing, or something with a line break in it.
    const head = fc.array(token, { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(unit, head, (u, h) => expectLinear(u, h)),
      { numRuns: 12 },
    );
  });
});

describe('recognizing a huge block in windows', { timeout: 120_000 }, () => {
  it('examines no more per step on a text twice as long: each step fits a slice', () => {
    const longestStep = (text: string) => {
      const steps = findInWindows(matcher, text, { threshold: 0, page: createPageContext(), blockKey: {} });
      let longest = 0;
      for (;;) {
        const { result, work } = measureWork(() => steps.next());
        longest = Math.max(longest, work);
        if (result.done) return longest;
      }
    };
    const unit = '\n' + 'lead tin '.repeat(500);
    const small = longestStep(grow(unit, 40_000));
    const large = longestStep(grow(unit, 80_000));
    expect(large).toBeLessThanOrEqual(small * 1.1);
  });

  // A window reads CONTEXT_MARGIN either side of its own part. Judging the words there too made a
  // step cost twice its own part (1.9x measured): a 15-50 ms step on a 1 MB node in Chromium.
  it('judges only its own part: a step costs little more than one call over a window of the text', () => {
    for (const unit of ['\n' + 'lead tin '.repeat(500), 'lead tin Lead the tin lead ', 'Lead. Tin. ']) {
      const steps = findInWindows(matcher, grow(unit, 40_000), {
        threshold: 0,
        page: createPageContext(),
        blockKey: {},
      });
      let longest = 0;
      for (;;) {
        const { result, work } = measureWork(() => steps.next());
        longest = Math.max(longest, work);
        if (result.done) break;
      }
      const window = workOf(grow(unit, WINDOW_LENGTH));
      expect(longest, `longest step on ${JSON.stringify(unit.slice(0, 12))}`).toBeLessThanOrEqual(
        1.5 * window,
      );
    }
  });

  // A window (or an ordinary block of up to 2,000 characters) of "lead tin lead…" holds about a
  // thousand candidates to look up and hundreds to judge: one step, it was 20-50 ms of CPU in
  // Chromium while the code was cold (the hostile page's 47-66 ms task). Judged a chunk per step,
  // no step examines more than a fraction of what the whole window costs.
  it('judges a block dense with ambiguous words a chunk per step, whatever its length', () => {
    for (const size of [WINDOW_LENGTH, 40_000]) {
      const text = grow('lead tin Lead the tin lead ', size);
      const steps = findInWindows(matcher, text, { threshold: 0, page: createPageContext(), blockKey: {} });
      let longest = 0;
      for (;;) {
        const { result, work } = measureWork(() => steps.next());
        longest = Math.max(longest, work);
        if (result.done) break;
      }
      const window = workOf(grow('lead tin Lead the tin lead ', WINDOW_LENGTH));
      expect(longest, `longest step on ${size} characters`).toBeLessThanOrEqual(0.15 * window);
    }
  });
});
