// @vitest-environment happy-dom
import { afterEach, beforeAll, expect, test } from 'vitest';
import { createMentionStore } from '@/lib/page/mention-store';
import type { Painter } from '@/lib/page/paint';
import { fullScan } from '@/lib/page/scan-passes';
import { createTextIntervals } from '@/lib/page/text-intervals';
import type { Mention } from '@/lib/recognize';
import { stubStaticRange } from './static-range-stub';
import { NO_NEAR_WATCH, passContext, UNHURRIED_CLOCK } from './store-stubs';

// The text on screen is painted by the pass that finds it, not a frame or two later when the
// near-watch (an IntersectionObserver) first reports: the reader sees the first highlights sooner.
// Text elsewhere still waits for the report, so a long page registers only what is near.

beforeAll(stubStaticRange);

const lithiumIn = (text: string): Mention[] => {
  const start = text.indexOf('lithium');
  return start < 0
    ? []
    : [
        {
          termId: 'lithium',
          kind: 'mineral',
          category: 'battery-metal',
          start,
          end: start + 7,
          text: 'lithium',
          confidence: 1,
          why: { verdict: 'name' },
          basis: { local: 3, pageSensitive: false, reasons: [] },
        },
      ];
};

const caret = Object.getOwnPropertyDescriptor(document, 'caretPositionFromPoint');
afterEach(() => {
  if (caret) Object.defineProperty(document, 'caretPositionFromPoint', caret);
  else delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

test('the blocks under the viewport are painted by the first pass; the rest wait for the near-watch', async () => {
  document.body.innerHTML =
    '<p id="top">Top: lithium prices.</p><p id="seen">Seen: lithium <b>mines</b> reopen.</p><p>Below: lithium.</p>';
  const seen = document.getElementById('seen')!.firstChild!;
  // Every point down the middle of the viewport falls on the second paragraph.
  Object.defineProperty(document, 'caretPositionFromPoint', {
    configurable: true,
    value: () => ({ offsetNode: seen, offset: 2 }),
  });
  const painted: string[] = [];
  const painter: Painter = {
    add: (_, range) => void painted.push((range.startContainer.parentNode as Element).id),
    delete: () => undefined,
    reset: () => undefined,
    clear: () => undefined,
    flash: () => undefined,
    count: () => painted.length,
    owns: () => true,
  };
  const store = createMentionStore({
    painter,
    intervals: createTextIntervals(),
    near: NO_NEAR_WATCH, // Never reports: as in the frame before its first report.
    rules: () => ({ accepts: () => true, nameOf: () => 'x', firstOnly: false }),
  });
  const ctx = passContext({
    store,
    clock: UNHURRIED_CLOCK,
    recognize: (block) => [lithiumIn(block.text)][Symbol.iterator](),
  });
  expect(await fullScan(ctx, 1)).toBe('done');
  expect(store.size).toBe(3);
  expect(painted).toEqual(['seen']);
});
