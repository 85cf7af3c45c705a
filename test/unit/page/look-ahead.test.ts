// @vitest-environment happy-dom
import { beforeAll, expect, test } from 'vitest';
import { createMentionStore } from '@/lib/page/mention-store';
import { applyChanges, fullScan } from '@/lib/page/scan-passes';
import { createTextIntervals } from '@/lib/page/text-intervals';
import type { Mention } from '@/lib/recognize';
import { MAX_BLOCKS_PER_REQUEST } from '@/lib/recognize/block-limits';
import { stubStaticRange } from './static-range-stub';
import { NO_NEAR_WATCH, NO_PAINTER, passContext, UNHURRIED_CLOCK } from './store-stubs';

// A full scan, and a pass over what the page added, tell the recognizer each run of blocks before
// they ask for any of them, so a recognizer in the background gets a page, or a batch of appended
// paragraphs, in a message or two, not a message per paragraph.

beforeAll(stubStaticRange);

/** Each block names one term, its first word: the store keeps the blocks that name something. */
const mentionAt = (text: string): Mention => ({
  termId: 'lithium',
  kind: 'mineral',
  category: 'battery-metal',
  start: 0,
  end: text.indexOf(' '),
  text: text.slice(0, text.indexOf(' ')),
  confidence: 1,
  why: { verdict: 'name' },
  basis: { local: 3, pageSensitive: false, reasons: [] },
});

/** A pass whose recognizer records what it is told ahead and what it is asked, in order. */
function recordingPass() {
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
      clock: UNHURRIED_CLOCK,
      recognize: (block) => {
        events.push(`find ${block.text}`);
        return [[mentionAt(block.text)]][Symbol.iterator]();
      },
    }),
    lookAhead: (blocks: readonly { text: string }[]) =>
      void events.push(`ahead ${blocks.length} from ${blocks[0]?.text}`),
  };
  return { ctx, events };
}

const paragraphs = (from: number, count: number) =>
  [...Array(count).keys()].map((i) => `<p>Paragraph ${from + i}</p>`).join('');

test('the walk tells the recognizer its blocks a run at a time, each before it is recognized', async () => {
  const count = MAX_BLOCKS_PER_REQUEST + 44;
  document.body.innerHTML = paragraphs(0, count);
  const { ctx, events } = recordingPass();
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

test('paragraphs a page appends at once are told to the recognizer together', async () => {
  document.body.innerHTML = '<main><p>Paragraph 0</p></main>';
  const { ctx, events } = recordingPass();
  expect(await fullScan(ctx, 1)).toBe('done');
  events.length = 0;
  const added = document.createElement('section');
  added.innerHTML = paragraphs(1, 3);
  document.querySelector('main')!.append(added);
  const batch = {
    overflow: false,
    removed: [],
    edited: new Set<Text>(),
    runs: new Set<Node>(),
    subtrees: new Set([added]),
  };
  expect(await applyChanges(ctx, batch, 2)).toBe('done');
  expect(events).toEqual([
    'ahead 3 from Paragraph 1',
    'find Paragraph 1',
    'find Paragraph 2',
    'find Paragraph 3',
  ]);
});

test('a full scan again tells the recognizer only the blocks not stored as they are', async () => {
  document.body.innerHTML = paragraphs(0, 5);
  const { ctx, events } = recordingPass();
  expect(await fullScan(ctx, 1)).toBe('done');
  events.length = 0;
  expect(await fullScan(ctx, 2)).toBe('done');
  expect(events).toEqual([]);
  document.querySelectorAll('p')[3]!.textContent = 'Paragraph 3, edited';
  expect(await fullScan(ctx, 3)).toBe('done');
  expect(events).toEqual(['ahead 1 from Paragraph 3, edited', 'find Paragraph 3, edited']);
});

test('blocks whose mentions are at hand are stored as the walk reaches them, without a wait apiece', async () => {
  document.body.innerHTML = paragraphs(0, 50);
  const { ctx } = recordingPass();
  const scan = fullScan(ctx, 1);
  // Nothing to wait for, and a slice that lasts: the whole walk ran before fullScan returned.
  expect(ctx.store.size).toBe(50);
  expect(await scan).toBe('done');
});

test('a block the page took away while its run was judged is not stored', async () => {
  document.body.innerHTML = paragraphs(0, 3);
  const { ctx } = recordingPass();
  let answer!: () => void;
  const judged = new Promise<void>((resolve) => (answer = resolve));
  const recognize = ctx.recognize;
  // As the remote recognizer answers: the run's first block waits for the background, the rest
  // are at hand once it came.
  ctx.recognize = (block) =>
    block.text === 'Paragraph 0'
      ? [judged.then(() => [mentionAt(block.text)])][Symbol.iterator]()
      : recognize(block);
  const scan = fullScan(ctx, 1);
  document.querySelectorAll('p')[1]!.remove();
  answer();
  expect(await scan).toBe('done');
  expect(ctx.store.size).toBe(2);
  expect(ctx.store.blockOfNode(document.querySelectorAll('p')[1]!.firstChild as Text)?.block.text).toBe(
    'Paragraph 2',
  );
});

test("a page's first scan has no blocks of an earlier scan to sweep, and does not look for them", async () => {
  document.body.innerHTML = paragraphs(0, 5);
  const { ctx } = recordingPass();
  const sweeps: number[] = [];
  const sweep = ctx.store.sweep;
  ctx.store.sweep = (scan) => (sweeps.push(scan), sweep(scan));
  expect(await fullScan(ctx, 1)).toBe('done');
  expect(sweeps).toEqual([]);
  // Scanned again after a paragraph went: its block is swept.
  document.querySelector('p')!.remove();
  expect(await fullScan(ctx, 2)).toBe('done');
  expect(sweeps).toEqual([2]);
  expect(ctx.store.size).toBe(4);
});
