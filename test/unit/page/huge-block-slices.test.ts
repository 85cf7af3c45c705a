// @vitest-environment happy-dom
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  createMentionStore,
  MAX_AMBIGUOUS_PAINTED,
  RESCORE_CHUNK,
  type MentionStore,
  type PaintRules,
} from '@/lib/page/mention-store';
import { fullScan } from '@/lib/page/scan-passes';
import { collectBlocks } from '@/lib/page/text-blocks';
import { createTextIntervals } from '@/lib/page/text-intervals';
import type { SliceClock } from '@/lib/page/time-slice';
import type { Mention } from '@/lib/recognize';
import { stubStaticRange } from './static-range-stub';
import { NO_NEAR_WATCH, NO_PAINTER, passContext } from './store-stubs';

// A hostile text node has mentions by the hundred thousand ("lead tin lead…"). The recognizer
// already yields them in steps; every later step of the engine's work on the block must be
// bounded too, or one step is a long task (144 ms measured in Chromium): storing them, the page-
// level rescore and repaint, and the panel's list. Counted, not timed: how many mentions one slice
// handles, with a clock whose slice is always spent.

beforeAll(stubStaticRange);

const HUGE = 60_000;
const WORD = 'lead ';

function mentionsOf(text: string, confidence = 0.4): Mention[] {
  const mentions: Mention[] = [];
  for (let start = text.indexOf(WORD); start >= 0; start = text.indexOf(WORD, start + 1))
    mentions.push({
      termId: 'lead',
      kind: 'mineral',
      category: 'battery-metal',
      start,
      end: start + 4,
      text: 'lead',
      confidence,
      why: { verdict: 'name' },
      basis: { local: 0, pageSensitive: true, reasons: [] },
    });
  return mentions;
}

/** A clock whose slice is always spent, recording the work done between its pauses. */
function countingClock() {
  const slices: number[] = [0];
  const clock: SliceClock = {
    expired: () => true,
    expiredAfter: () => true,
    lap: () => 0,
    pause: async () => void slices.push(0),
    stop: () => undefined,
    busyMs: 0,
    longestMs: 0,
  };
  const count = (n: number) => (slices[slices.length - 1]! += n);
  return { clock, count, largest: () => Math.max(...slices), slices };
}

describe('one huge block, across slices', () => {
  let store: MentionStore;
  let rules: PaintRules;

  beforeEach(() => {
    document.body.innerHTML = `<p>${WORD.repeat(HUGE)}</p>`;
    rules = { accepts: (m) => m.confidence >= 0.5, nameOf: (m) => m.category, firstOnly: false };
    store = createMentionStore({
      painter: NO_PAINTER,
      intervals: createTextIntervals(),
      near: NO_NEAR_WATCH,
      rules: () => rules,
    });
  });

  test('its mentions are stored a chunk per slice, all of them, in order', async () => {
    const meter = countingClock();
    const counted = Object.create(store) as MentionStore;
    counted.add = (block, mentions, scan, rank) => (
      meter.count(mentions.length),
      store.add(block, mentions, scan, rank)
    );
    counted.append = (stored, mentions) => (meter.count(mentions.length), store.append(stored, mentions));
    const ctx = passContext({
      store: counted,
      clock: meter.clock,
      // As the recognizer yields a huge block: its windows (nothing yet), then all of it at once.
      recognize: (block) => [[], [], mentionsOf(block.text)][Symbol.iterator](),
    });
    expect(await fullScan(ctx, 1)).toBe('done');
    expect(store.size).toBe(HUGE);
    expect(meter.largest()).toBeLessThanOrEqual(1024);
    const starts = [...Array(HUGE).keys()].map((i) => store.get(i)!.mention.start);
    expect(starts).toEqual(starts.toSorted((a, b) => a - b));
  });

  test('the page-level rescore judges a chunk per step, and paints as a repaint would', () => {
    const [block] = collectBlocks(document.body);
    const stored = store.add(block!, mentionsOf(block!.text), 1, 0)!;
    store.setNear(stored.element, true);
    expect(stored.ambiguousPainted).toBe(0); // 0.4: under the threshold
    let largest = 0;
    const steps = store.rescore((mentions) => {
      largest = Math.max(largest, mentions.length);
      return mentions.map((m) => ({ ...m, confidence: 0.8 }));
    });
    let count = 0;
    for (const _ of steps) count += 1;
    expect(largest).toBeLessThanOrEqual(RESCORE_CHUNK);
    expect(count).toBeGreaterThanOrEqual(HUGE / RESCORE_CHUNK);
    // Now over the threshold: the first MAX_AMBIGUOUS_PAINTED of them painted, as a repaint paints.
    const painted = () => stored.founds.flatMap((f, i) => (f.painted ? [i] : []));
    expect(painted()).toEqual([...Array(MAX_AMBIGUOUS_PAINTED).keys()]);
    store.repaint();
    expect(painted()).toEqual([...Array(MAX_AMBIGUOUS_PAINTED).keys()]);
    // The panel lists what is painted of the block, not 60,000 rows.
    expect(store.accepted()).toHaveLength(MAX_AMBIGUOUS_PAINTED);
  });
});
