// @vitest-environment happy-dom
import { beforeAll, expect, test } from 'vitest';
import { createMentionStore } from '@/lib/page/mention-store';
import { fullScan } from '@/lib/page/scan-passes';
import { createTextIntervals } from '@/lib/page/text-intervals';
import type { SliceClock } from '@/lib/page/time-slice';
import { MAX_BLOCKS_PER_REQUEST } from '@/lib/recognize/block-limits';
import { stubStaticRange } from './static-range-stub';
import { NO_NEAR_WATCH, NO_PAINTER, passContext } from './store-stubs';

// A full scan tells the recognizer each run of blocks before it asks for any of them, so a
// recognizer in the background gets a page in a message or two, not a message per paragraph.

beforeAll(stubStaticRange);

const CLOCK: SliceClock = {
  expired: () => false,
  lap: () => 0,
  pause: async () => undefined,
  stop: () => undefined,
  busyMs: 0,
  longestMs: 0,
};

test('the walk tells the recognizer its blocks a run at a time, each before it is recognized', async () => {
  const count = MAX_BLOCKS_PER_REQUEST + 44;
  document.body.innerHTML = [...Array(count).keys()].map((i) => `<p>Paragraph ${i}</p>`).join('');
  const events: string[] = [];
  const store = createMentionStore({
    painter: NO_PAINTER,
    intervals: createTextIntervals(),
    near: NO_NEAR_WATCH,
    rules: () => ({ accepts: () => true, nameOf: () => 'x', firstOnly: false }),
  });
  const ctx = {
    ...passContext({
      store,
      clock: CLOCK,
      recognize: (block) => {
        events.push(`find ${block.text}`);
        return [[]][Symbol.iterator]();
      },
    }),
    lookAhead: (blocks: readonly { text: string }[]) =>
      void events.push(`ahead ${blocks.length} from ${blocks[0]?.text}`),
  };
  expect(await fullScan(ctx, 1)).toBe('done');
  const aheads = events.filter((e) => e.startsWith('ahead'));
  // happy-dom has no caretPositionFromPoint: no blocks in view to tell first.
  expect(aheads).toEqual([
    `ahead ${MAX_BLOCKS_PER_REQUEST} from Paragraph 0`,
    `ahead 44 from Paragraph ${MAX_BLOCKS_PER_REQUEST}`,
  ]);
  const second = events.indexOf(aheads[1]!);
  expect(events[second - 1]).toBe(`find Paragraph ${MAX_BLOCKS_PER_REQUEST - 1}`);
  expect(events[second + 1]).toBe(`find Paragraph ${MAX_BLOCKS_PER_REQUEST}`);
  expect(events.filter((e) => e.startsWith('find'))).toHaveLength(count);
});
